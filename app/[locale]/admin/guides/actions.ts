'use server';
import type { EditorFormState } from '@/components/admin/forms/form-state';
import { guideFormToValues, guideInputSchema } from '@/lib/validation/admin/guide';
import { saveSimpleEntity } from '../services/simple-actions';

export async function saveGuideAction(prev: EditorFormState<Record<string, string>>, fd: FormData) {
  return saveSimpleEntity('guide', guideInputSchema, guideFormToValues(fd), prev, fd);
}
