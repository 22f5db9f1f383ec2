'use server';
import { getTranslations } from 'next-intl/server';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import type { EditorFormState } from '@/components/admin/forms/form-state';
import { requireActor } from '@/lib/auth/session';
import { isUniqueViolation, NotFoundError, StaleVersionError } from '@/lib/data/admin/errors';
import { approveSubmissionOrThrow, decideSubmissionWithNoteOrThrow } from '@/lib/data/admin/moderation';
import { AlreadyDecidedError, ArchivedListingError, ProposalInvalidError } from '@/lib/data/submission-errors';
import type { EventFormValues } from '@/lib/validation/admin/event';
import type { ServiceFormValues } from '@/lib/validation/admin/service';
import { decisionSchema, listingTypeOf, PARTNER_KINDS, proposalFromForm } from '@/lib/validation/partner-submission';
import { translateProposalErrors } from '../proposals/errors';

// A7: staff decisions. Every refusal leaves nothing applied and says why on the review page.

/** Why an approval was refused, as the review page's ?outcome= flag. */
function refusal(error: unknown): string {
  if (error instanceof AlreadyDecidedError) return 'already';
  if (error instanceof StaleVersionError) return 'stale';
  if (error instanceof ArchivedListingError) return 'archived';
  if (error instanceof ProposalInvalidError) return 'invalid';
  if (isUniqueViolation(error)) return 'slugTaken';
  if (error instanceof NotFoundError) return 'gone';
  throw error;
}

/** Approve as proposed, request changes, or reject: plain form posts from the review page. */
export async function decideSubmissionAction(fd: FormData) {
  const parsed = decisionSchema.safeParse({ submissionId: fd.get('submissionId'), locale: fd.get('locale'), decision: fd.get('decision'), note: fd.get('note') ?? '' });
  if (!parsed.success) notFound(); // a tampered form, not a person's mistake
  const { submissionId, locale, decision, note } = parsed.data;
  const actor = await requireActor('admin', 'staff');
  const back = `/${locale}/admin/moderation/${submissionId}`;
  if (decision !== 'approve' && !note) redirect(`${back}?outcome=noteRequired`);
  let outcome: string;
  try {
    if (decision === 'approve') await approveSubmissionOrThrow(actor, submissionId);
    else await decideSubmissionWithNoteOrThrow(actor, submissionId, decision === 'reject' ? 'rejected' : 'changes_requested', note);
    outcome = decision;
  } catch (error) {
    redirect(`${back}?outcome=${refusal(error)}`);
  }
  redirect(`/${locale}/admin/moderation?decided=${outcome}`);
}

/** Edit then approve: the reviewer's corrections go through the same checks and write path. */
async function approveEdited<V>(prev: EditorFormState<V>, fd: FormData): Promise<EditorFormState<V>> {
  const meta = z.object({ submissionId: z.uuid(), locale: z.string().regex(/^[a-zA-Z-]{2,10}$/), kind: z.enum(PARTNER_KINDS) })
    .safeParse({ submissionId: fd.get('submissionId'), locale: fd.get('locale'), kind: fd.get('kind') });
  if (!meta.success) notFound();
  const { submissionId, locale, kind } = meta.data;
  const version = Number(fd.get('version'));
  const proposal = proposalFromForm(kind, fd);
  const actor = await requireActor('admin', 'staff');
  const [t, c] = await Promise.all([getTranslations({ locale, namespace: 'Moderation' }), getTranslations({ locale, namespace: 'EditorCommon' })]);
  const values = { ...proposal.values, translations: proposal.translations } as V;
  try {
    await approveSubmissionOrThrow(actor, submissionId, { proposal, expectedVersion: Number.isInteger(version) && version > 0 ? version : null });
  } catch (error) {
    if (error instanceof ProposalInvalidError) {
      const fieldErrors = await translateProposalErrors(locale, listingTypeOf(kind), error.errors);
      return { ok: false, message: fieldErrors.form?.[0] ?? c('formHasErrors'), fieldErrors, values, version: prev.version };
    }
    if (error instanceof StaleVersionError) {
      return { ok: false, message: t('staleEdited', { version: error.currentVersion }), fieldErrors: {}, values, version: error.currentVersion, stale: { currentVersion: error.currentVersion, changes: error.changes } };
    }
    return { ok: false, message: t(`outcome.${refusal(error) as 'already'}`), fieldErrors: {}, values, version: prev.version };
  }
  redirect(`/${locale}/admin/moderation?decided=approve`);
}

export async function approveEditedServiceAction(prev: EditorFormState<ServiceFormValues>, fd: FormData) {
  return approveEdited(prev, fd);
}

export async function approveEditedEventAction(prev: EditorFormState<EventFormValues>, fd: FormData) {
  return approveEdited(prev, fd);
}
