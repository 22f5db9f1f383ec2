'use server';
import { getTranslations } from 'next-intl/server';
import { forbidden, notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import type { EditorFormState } from '@/components/admin/forms/form-state';
import { ForbiddenError } from '@/lib/auth/actor';
import { requireActor } from '@/lib/auth/session';
import { NotFoundError } from '@/lib/data/admin/errors';
import { verifyServiceOrThrow } from '@/lib/data/admin/services';
import { createPartnerSubmissionOrThrow, resubmitPartnerSubmissionOrThrow, withdrawPartnerSubmissionOrThrow } from '@/lib/data/partner-submissions';
import { AlreadyDecidedError, ArchivedListingError, ProposalInvalidError } from '@/lib/data/submission-errors';
import type { EventFormValues } from '@/lib/validation/admin/event';
import type { ServiceFormValues } from '@/lib/validation/admin/service';
import { listingTypeOf, partnerSubmitSchema, proposalFromForm } from '@/lib/validation/partner-submission';
import { translateProposalErrors } from './errors';

// R2–R4: thin actions. Parse, require a partner, call lib/data (which checks the
// organization itself), map failures to messages. Tampered ids get 403/404, never a 500.

const str = (fd: FormData, k: string) => (typeof fd.get(k) === 'string' ? (fd.get(k) as string) : '');
const localeSchema = z.string().regex(/^[a-zA-Z-]{2,10}$/);

/** New service or event, or an edit of one: stored as a pending proposal. Also the resubmission after "changes requested". */
async function submitProposal<V>(prev: EditorFormState<V>, fd: FormData): Promise<EditorFormState<V>> {
  const meta = partnerSubmitSchema.safeParse({
    kind: str(fd, 'kind'), targetId: str(fd, 'targetId') || null, targetVersion: str(fd, 'targetVersion') || null,
    idempotencyKey: str(fd, 'idempotencyKey'), locale: str(fd, 'locale'), message: str(fd, 'message'),
  });
  const resubmitOf = str(fd, 'resubmitOf');
  if (!meta.success || (resubmitOf && !z.uuid().safeParse(resubmitOf).success)) notFound(); // a tampered form, not a person's mistake
  const { kind, locale, message } = meta.data;
  const proposal = proposalFromForm(kind, fd);
  const actor = await requireActor('partner');
  const t = await getTranslations({ locale, namespace: 'EditorProposal' });
  const values = { ...proposal.values, translations: proposal.translations, message } as V;
  let id: string;
  try {
    id = resubmitOf
      ? (await resubmitPartnerSubmissionOrThrow(actor, resubmitOf, proposal, message)).id
      : (await createPartnerSubmissionOrThrow(actor, { ...meta.data, proposal })).id;
  } catch (error) {
    if (error instanceof ProposalInvalidError) {
      const fieldErrors = await translateProposalErrors(locale, listingTypeOf(kind), error.errors);
      return { ok: false, message: fieldErrors.form?.[0] ?? t('formHasErrors'), fieldErrors, values, version: prev.version };
    }
    if (error instanceof ArchivedListingError) return { ok: false, message: t('archived'), fieldErrors: {}, values, version: prev.version };
    if (error instanceof AlreadyDecidedError) return { ok: false, message: t('alreadyDecided'), fieldErrors: {}, values, version: prev.version };
    if (error instanceof ForbiddenError) forbidden();
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  redirect(`/${locale}/admin/proposals/${id}?sent=1`);
}

export async function submitServiceProposalAction(prev: EditorFormState<ServiceFormValues>, fd: FormData) {
  return submitProposal(prev, fd);
}

export async function submitEventProposalAction(prev: EditorFormState<EventFormValues>, fd: FormData) {
  return submitProposal(prev, fd);
}

const idForm = z.object({ id: z.uuid(), locale: localeSchema });

/** The partner takes back a pending proposal. */
export async function withdrawProposalAction(fd: FormData) {
  const parsed = idForm.safeParse({ id: fd.get('id'), locale: fd.get('locale') });
  if (!parsed.success) notFound();
  const actor = await requireActor('partner');
  let outcome = 'withdrawn=1';
  try {
    await withdrawPartnerSubmissionOrThrow(actor, parsed.data.id);
  } catch (error) {
    if (error instanceof AlreadyDecidedError) outcome = 'already=1';
    else if (error instanceof ForbiddenError) forbidden();
    else if (error instanceof NotFoundError) notFound();
    else throw error;
  }
  redirect(`/${parsed.data.locale}/admin/proposals/${parsed.data.id}?${outcome}`);
}

/** R5: "still correct" for one of the partner's own listings. */
export async function confirmListingAction(fd: FormData) {
  const parsed = idForm.safeParse({ id: fd.get('id'), locale: fd.get('locale') });
  if (!parsed.success) notFound();
  const actor = await requireActor('partner');
  try {
    await verifyServiceOrThrow(actor, parsed.data.id);
  } catch (error) {
    if (error instanceof ForbiddenError) forbidden();
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  redirect(`/${parsed.data.locale}/admin/reverify?confirmed=${parsed.data.id}`);
}
