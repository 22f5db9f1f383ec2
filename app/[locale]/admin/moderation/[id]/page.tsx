import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import Link from 'next/link';
import { DiffTable } from '@/components/admin/editors/DiffTable';
import { EditorIntl } from '@/components/admin/editors/EditorIntl';
import { EventEditorForm } from '@/components/admin/editors/EventEditorForm';
import { formValuesOfProposal, translationChoices } from '@/components/admin/editors/proposal-values';
import { ServiceEditorForm } from '@/components/admin/editors/ServiceEditorForm';
import { weekdayNames } from '@/components/admin/editors/weekdays';
import { DecisionForms } from '@/components/partners/DecisionForms';
import { ProposalDiff } from '@/components/partners/ProposalDiff';
import { StatusBadge } from '@/components/partners/StatusBadge';
import { requireActor } from '@/lib/auth/session';
import { NotFoundError } from '@/lib/data/admin/errors';
import { getSubmissionForReviewOrThrow, listingChangesSinceProposal } from '@/lib/data/admin/moderation';
import { proposalDiff } from '@/lib/moderation/proposal-diff';
import type { EventFormValues } from '@/lib/validation/admin/event';
import type { ServiceFormValues } from '@/lib/validation/admin/service';
import { listingTypeOf } from '@/lib/validation/partner-submission';
import { approveEditedEventAction, approveEditedServiceAction } from '../actions';
import { loadReviewContext } from '../load';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ outcome?: string }> };
const OUTCOMES = ['already', 'stale', 'archived', 'invalid', 'slugTaken', 'gone', 'noteRequired'] as const;

/** A7: one proposal against the listing as it is now, and the decision. */
export default async function ReviewSubmissionPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireActor('admin', 'staff');
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const s = await getSubmissionForReviewOrThrow(actor, id).catch((error) => { if (error instanceof NotFoundError) notFound(); throw error; });
  const type = listingTypeOf(s.kind);
  const [t, p, c, tf, format, ctx, moved, sp] = await Promise.all([
    getTranslations('Moderation'), getTranslations('PartnerArea'), getTranslations('EditorCommon'), getTranslations(type === 'service' ? 'EditorService' : 'EditorEvent'), getFormatter(),
    loadReviewContext(actor, type, s.targetId, s.organizationId), s.status === 'pending' ? listingChangesSinceProposal(actor, s) : Promise.resolve(null), searchParams,
  ]);
  const outcome = OUTCOMES.find((o) => o === sp.outcome);
  const rows = proposalDiff(s.status === 'pending' ? (ctx.current?.state ?? null) : null, s.proposal, ctx.names);
  const extras = {
    hidden: { submissionId: s.id, kind: s.kind }, submitLabel: t('approveEdited'),
    ...translationChoices(type, ctx.current?.sourceLocale ?? 'en', (f) => tf(`fields.${f}` as 'fields.name')),
  };
  const initial = { ok: true, fieldErrors: {}, version: s.targetVersion ?? 1 };
  return (
    <div>
      <p className="mb-1"><Link href={`/${locale}/admin/moderation`} className="text-blue-800 underline">{t('backToQueue')}</Link></p>
      <h1 className="mb-2 text-2xl font-bold" dir="auto">{s.title || p('untitled')}</h1>
      {outcome ? <p role="alert" className="mb-4 rounded bg-red-100 p-3 text-red-900">{t(`outcome.${outcome}`)}</p> : null}
      <dl className="mb-6 grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
        <dt className="font-medium">{p('kind')}</dt><dd>{p(`kinds.${s.kind}`)}</dd>
        <dt className="font-medium">{t('organization')}</dt><dd dir="auto">{s.organization?.name ?? ''}</dd>
        <dt className="font-medium">{t('submitter')}</dt><dd dir="auto">{s.submittedBy ? `${s.submittedBy.name} <${s.submittedBy.email}>` : ''}</dd>
        <dt className="font-medium">{p('sentOn')}</dt><dd>{format.dateTime(s.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</dd>
        <dt className="font-medium">{p('status')}</dt><dd><StatusBadge status={s.status} />{s.reviewedBy ? ` ${t('decidedBy', { name: s.reviewedBy.name })}` : ''}</dd>
        {s.reviewerNote ? <><dt className="font-medium">{p('reviewerNote')}</dt><dd className="whitespace-pre-wrap" dir="auto">{s.reviewerNote}</dd></> : null}
        {s.message ? <><dt className="font-medium">{t('partnerMessage')}</dt><dd className="whitespace-pre-wrap" dir="auto">{s.message}</dd></> : null}
      </dl>

      {moved ? (
        <div role="note" className="mb-6 rounded border border-amber-700 bg-amber-50 p-4">
          <p className="font-semibold">{t('movedSince', { from: s.targetVersion ?? 0, to: moved.currentVersion })}</p>
          <DiffTable rows={moved.changes} labels={{ field: c('field'), before: c('before'), after: c('after'), caption: t('movedCaption') }} />
        </div>
      ) : null}
      {s.status === 'pending' && s.targetId && ctx.current?.status === 'archived' ? <p role="note" className="mb-4 rounded bg-amber-50 p-3">{t('outcome.archived')}</p> : null}

      <h2 className="mb-2 text-xl font-semibold">{t('diffTitle')}</h2>
      <ProposalDiff type={type} rows={rows} caption={s.targetId ? t('diffCaptionEdit') : t('diffCaptionNew')} />

      {s.status === 'pending' ? (
        <>
          <DecisionForms submissionId={s.id} locale={locale} />
          <details className="mt-8 rounded border border-gray-300 p-4">
            <summary className="cursor-pointer text-lg font-semibold">{t('editThenApprove')}</summary>
            <p className="my-3 text-gray-800">{t('editThenApproveHint')}</p>
            <EditorIntl>
              {type === 'service' ? (
                <ServiceEditorForm action={approveEditedServiceAction} id={null} locale={locale} weekdays={weekdayNames(locale)} options={ctx.options} proposal={extras}
                  initial={{ ...initial, values: formValuesOfProposal<ServiceFormValues>(s.proposal) }} />
              ) : (
                <EventEditorForm action={approveEditedEventAction} id={null} locale={locale} weekdays={weekdayNames(locale)} options={ctx.options as Parameters<typeof EventEditorForm>[0]['options']} proposal={extras}
                  initial={{ ...initial, values: formValuesOfProposal<EventFormValues>(s.proposal) }} />
              )}
            </EditorIntl>
          </details>
        </>
      ) : null}
    </div>
  );
}
