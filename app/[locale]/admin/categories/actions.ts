'use server';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { EditorFormState } from '@/components/admin/forms/form-state';
import { requireActor } from '@/lib/auth/session';
import { updateCategoryOrThrow } from '@/lib/data/admin/categories';
import { StaleVersionError } from '@/lib/data/admin/errors';
import { fieldErrorsOf } from '@/lib/validation/admin/common';
import { categoryFormToValues, categoryInputSchema, categoryValuesToInput, type CategoryFormValues } from '@/lib/validation/admin/category';
import { translateFieldErrors } from '../services/errors';

type State = EditorFormState<CategoryFormValues>;

export async function saveCategoryAction(prev: State, fd: FormData): Promise<State> {
  const locale = typeof fd.get('locale') === 'string' && /^[a-zA-Z-]{2,10}$/.test(fd.get('locale') as string) ? (fd.get('locale') as string) : 'en';
  const values = categoryFormToValues(fd);
  const parsed = categoryInputSchema.safeParse(categoryValuesToInput(values));
  const id = z.uuid().safeParse(fd.get('id'));
  const actor = await requireActor('admin', 'staff');
  const t = await getTranslations({ locale, namespace: 'EditorCommon' });
  if (!parsed.success || !id.success) {
    return { ok: false, message: t('formHasErrors'), fieldErrors: parsed.success ? {} : await translateFieldErrors(locale, fieldErrorsOf(parsed.error)), values, version: prev.version };
  }
  try {
    await updateCategoryOrThrow(actor, id.data, Number(fd.get('version')), parsed.data);
  } catch (error) {
    if (error instanceof StaleVersionError) return { ok: false, message: t('stale', { version: error.currentVersion }), fieldErrors: {}, values, version: error.currentVersion, stale: { currentVersion: error.currentVersion, changes: error.changes } };
    throw error;
  }
  redirect(`/${locale}/admin/categories/${id.data}?saved=1`);
}
