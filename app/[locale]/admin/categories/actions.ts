'use server';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { EditorFormState } from '@/components/admin/forms/form-state';
import { requireActor } from '@/lib/auth/session';
import { createCategoryOrThrow, updateCategoryOrThrow } from '@/lib/data/admin/categories';
import { NotFoundError, StaleVersionError } from '@/lib/data/admin/errors';
import { fieldErrorsOf } from '@/lib/validation/admin/common';
import { categoryCreateSchema, categoryFormToValues, categoryInputSchema, categoryValuesToInput, type CategoryFormValues } from '@/lib/validation/admin/category';
import { isUniqueViolation, translateFieldErrors } from '../services/errors';

type State = EditorFormState<CategoryFormValues>;

/** Create (no id, with a web address) or update (id + version) a category. */
export async function saveCategoryAction(prev: State, fd: FormData): Promise<State> {
  const locale = typeof fd.get('locale') === 'string' && /^[a-zA-Z-]{2,10}$/.test(fd.get('locale') as string) ? (fd.get('locale') as string) : 'en';
  const values = categoryFormToValues(fd);
  const isNew = !fd.get('id');
  const parsed = (isNew ? categoryCreateSchema : categoryInputSchema).safeParse(categoryValuesToInput(values));
  const id = z.uuid().safeParse(fd.get('id'));
  const actor = await requireActor('admin', 'staff');
  const t = await getTranslations({ locale, namespace: 'EditorCommon' });
  const failed = async (errors: Record<string, string[]>) => ({ ok: false, message: t('formHasErrors'), fieldErrors: await translateFieldErrors(locale, errors), values, version: prev.version });
  if (!parsed.success || (!isNew && !id.success)) return failed(parsed.success ? {} : fieldErrorsOf(parsed.error));
  let savedId: string;
  try {
    savedId = isNew
      ? (await createCategoryOrThrow(actor, parsed.data as z.output<typeof categoryCreateSchema>)).id
      : (await updateCategoryOrThrow(actor, id.data!, Number(fd.get('version')), parsed.data)).id;
  } catch (error) {
    if (error instanceof StaleVersionError) return { ok: false, message: t('stale', { version: error.currentVersion }), fieldErrors: {}, values, version: error.currentVersion, stale: { currentVersion: error.currentVersion, changes: error.changes } };
    if (isUniqueViolation(error)) return failed({ slug: ['slugTaken'] });
    if (error instanceof NotFoundError && error.message.startsWith('parent')) return failed({ parentId: ['parent'] });
    throw error;
  }
  redirect(`/${locale}/admin/categories/${savedId}?saved=1`);
}
