'use server';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { requireActor } from '@/lib/auth/session';
import { AlreadyDecidedError, decideSuggestionOrThrow, ReplyFailedError } from '@/lib/data/admin/suggestions';
import { getPublicSettings } from '@/lib/data/settings';
import { NotFoundError } from '@/lib/data/admin/errors';
import { formatDateTime } from '@/lib/i18n/format';
import { intakeLocale } from '@/lib/suggestions/intake';
import type { IntakeFormState } from '@/lib/suggestions/form-state';
import { suggestionDecisionSchema } from '@/lib/validation/suggestions';

/** Approve/resolve or reject one public suggestion, with a note (parse, authorize, decide, report). */
export async function decideSuggestionAction(_state: IntakeFormState, formData: FormData): Promise<IntakeFormState> {
  const locale = intakeLocale(formData);
  const actor = await requireActor('admin', 'staff');
  const t = await getTranslations({ locale, namespace: 'SuggestionsAdmin' });
  const te = await getTranslations({ locale, namespace: 'SuggestionErrors' });
  const values = { note: String(formData.get('note') ?? '').slice(0, 5000) };
  const parsed = suggestionDecisionSchema.safeParse({ id: formData.get('id'), decision: formData.get('decision'), note: values.note });
  if (!parsed.success) {
    const noteIssue = parsed.error.issues.find((i) => i.path[0] === 'note');
    return { message: te('formHasErrors'), values, fieldErrors: noteIssue ? { note: [te(noteIssue.message as 'tooLong')] } : { form: [te('required')] } };
  }
  try {
    await decideSuggestionOrThrow(actor, parsed.data);
  } catch (error) {
    if (error instanceof AlreadyDecidedError) {
      const when = error.decidedAt ? formatDateTime(locale, error.decidedAt, (await getPublicSettings()).timezone) : '';
      return { message: t('alreadyDecided', { status: error.status, name: error.reviewerName ?? '', when }), values };
    }
    if (error instanceof NotFoundError) return { message: t('notFound'), values };
    if (error instanceof ReplyFailedError) return { message: t('replyFailed'), values };
    throw error;
  }
  redirect(`/${locale}/admin/suggestions/${parsed.data.id}?decided=1`);
}
