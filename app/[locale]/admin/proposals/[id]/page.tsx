import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { forbidden, notFound } from 'next/navigation';
import Link from 'next/link';
import { formValuesOfProposal, namesOf } from '@/components/admin/editors/proposal-values';
import { ConfirmAction } from '@/components/admin/ui/ConfirmAction';
import { ProposalDiff } from '@/components/partners/ProposalDiff';
import { ProposalForm } from '@/components/partners/ProposalForm';
import { StatusBadge } from '@/components/partners/StatusBadge';
import { ForbiddenError } from '@/lib/auth/actor';
import { requireActor } from '@/lib/auth/session';
import { NotFoundError } from '@/lib/data/admin/errors';
import { getPartnerFormOptions, getPartnerSubmissionOrThrow } from '@/lib/data/partner-submissions';
import { proposalDiff } from '@/lib/moderation/proposal-diff';
import { listingTypeOf, proposalTitle } from '@/lib/validation/partner-submission';
import type { ServiceFormValues } from '@/lib/validation/admin/service';
import { withdrawProposalAction } from '../actions';
import { loadOwnListing } from '../load';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | undefined>> };

async function loadOr404(actor: Awaited<ReturnType<typeof requireActor>>, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  try {
    return await getPartnerSubmissionOrThrow(actor, id);
  } catch (error) {
    if (error instanceof ForbiddenError) forbidden();
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

/** R4: one proposal as its partner sees it: status, the reviewer's note, what it changes; withdraw or correct it. */
export default async function ProposalPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireActor('partner');
  const s = await loadOr404(actor, id);
  const type = listingTypeOf(s.kind);
  const open = s.status === 'pending' || s.status === 'changes_requested';
  const [t, format, sp, options, listing] = await Promise.all([
    getTranslations('PartnerArea'), getFormatter(), searchParams, getPartnerFormOptions(actor),
    open && s.targetId ? loadOwnListing(actor, type, s.targetId) : Promise.resolve(null),
  ]);
  const notice = sp.sent ? t('sentNotice') : sp.withdrawn ? t('withdrawnNotice') : null;
  const rows = proposalDiff(listing?.state ?? null, s.proposal, namesOf(options.categories, options.locations, options.organizations));
  return (
    <div>
      <p className="mb-1"><Link href={`/${locale}/admin`} className="text-blue-800 underline">{t('backToDashboard')}</Link></p>
      <h1 className="mb-2 text-2xl font-bold" dir="auto">{proposalTitle(s.proposal) || t('untitled')}</h1>
      {notice ? <p role="status" className="mb-4 rounded bg-green-100 p-3 text-green-900">{notice}</p> : null}
      {sp.already ? <p role="alert" className="mb-4 rounded bg-red-100 p-3 text-red-900">{t('alreadyDecided')}</p> : null}
      <dl className="mb-6 grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
        <dt className="font-medium">{t('kind')}</dt><dd>{t(`kinds.${s.kind}`)}</dd>
        <dt className="font-medium">{t('status')}</dt><dd><StatusBadge status={s.status} /></dd>
        <dt className="font-medium">{t('sentOn')}</dt><dd>{format.dateTime(s.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</dd>
        {s.decidedAt ? <><dt className="font-medium">{t('decidedOn')}</dt><dd>{format.dateTime(s.decidedAt, { dateStyle: 'medium', timeStyle: 'short' })}</dd></> : null}
        {s.reviewerNote ? <><dt className="font-medium">{t('reviewerNote')}</dt><dd className="whitespace-pre-wrap" dir="auto">{s.reviewerNote}</dd></> : null}
      </dl>
      {open ? (
        <>
          <h2 className="mb-2 text-xl font-semibold">{t('whatChanges')}</h2>
          <ProposalDiff type={type} rows={rows} caption={s.targetId ? t('diffCaptionEdit') : t('diffCaptionNew')} />
          <div className="my-6">
            <ConfirmAction label={t('withdraw')} question={t('withdrawQuestion')} confirmLabel={t('withdrawConfirm')} action={withdrawProposalAction} hidden={{ id: s.id, locale }} />
          </div>
        </>
      ) : null}
      {s.status === 'changes_requested' ? (
        <section aria-labelledby="correct-title" className="mt-8">
          <h2 id="correct-title" className="mb-2 text-xl font-semibold">{t('correctTitle')}</h2>
          <ProposalForm kind={s.kind} locale={locale} values={formValuesOfProposal<ServiceFormValues>(s.proposal, s.message)} resubmitOf={s.id}
            target={s.targetId && s.targetVersion ? { id: s.targetId, version: s.targetVersion } : null} sourceLocale={listing?.sourceLocale ?? 'en'} options={options} />
        </section>
      ) : null}
    </div>
  );
}
