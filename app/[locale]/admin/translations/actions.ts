'use server';
import { notFound, redirect } from 'next/navigation';
import { requireActor } from '@/lib/auth/session';
import { markCategoryTranslationReviewedOrThrow } from '@/lib/data/admin/categories';
import { StaleVersionError } from '@/lib/data/admin/errors';
import { markSimpleTranslationReviewedOrThrow } from '@/lib/data/admin/simple-entities';
import { editorPath, formFields, markReviewedSchema } from '@/lib/validation/admin/entity-commands';

/** "Mark reviewed" on an organization's, guide's or category's translation. */
export async function markEntityTranslationReviewedAction(fd: FormData) {
  const actor = await requireActor('admin', 'staff');
  const parsed = markReviewedSchema.safeParse(formFields(fd, ['kind', 'id', 'version', 'field', 'translationLocale', 'locale']));
  if (!parsed.success) notFound(); // a tampered form, not a person's mistake
  const input = parsed.data;
  let outcome = 'reviewed=1';
  try {
    if (input.kind === 'category') await markCategoryTranslationReviewedOrThrow(actor, input.id, input.version, input.translationLocale, input.field);
    else await markSimpleTranslationReviewedOrThrow(actor, input.kind, input.id, input.version, input.translationLocale, input.field);
  } catch (error) {
    if (!(error instanceof StaleVersionError)) throw error;
    outcome = 'stale=1';
  }
  redirect(`/${input.locale}/admin/${editorPath(input.kind)}/${input.id}?${outcome}#translations`);
}
