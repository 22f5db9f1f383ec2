'use server';
import type { EditorFormState } from '@/components/admin/forms/form-state';
import { organizationFormToValues, organizationInputSchema } from '@/lib/validation/admin/organization';
import { saveSimpleEntity } from '../services/simple-actions';

export async function saveOrganizationAction(prev: EditorFormState<Record<string, string>>, fd: FormData) {
  return saveSimpleEntity('organization', organizationInputSchema, organizationFormToValues(fd), prev, fd);
}
