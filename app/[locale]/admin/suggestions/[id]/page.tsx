import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DecisionForm } from '@/components/suggestions/DecisionForm';
import { ListingBeside, ProposalList } from '@/components/suggestions/SuggestionParts';
import { requireActor } from '@/lib/auth/session';
import { NotFoundError } from '@/lib/data/admin/errors';
import { getSuggestionOrThrow } from '@/lib/data/admin/suggestions';
import { LOCALE_INFO, isAppLocale } from '@/lib/i18n/locales';
import { decideSuggestionAction } from '../actions';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ decided?: string }> };

/** One suggestion or report beside the listing as it is now; the decision form while pending. */
export default async function SuggestionPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireActor('admin', 'staff');
  if (!/^[0-9a-f-]{36}$/.test(id)) notFound();
  const item = await getSuggestionOrThrow(actor, id).catch((e) => { if (e instanceof NotFoundError) notFound(); throw e; });
  const [t, format] = await Promise.all([getTranslations('SuggestionsAdmin'), getFormatter()]);
  const language = isAppLocale(item.locale) ? LOCALE_INFO[item.locale].englishName : item.locale;
  return (
    <div className="space-y-6">
      <p><Link href={`/${locale}/admin/suggestions`} className="text-blue-800 underline">{t('backToList')}</Link></p>
      <h1 className="text-2xl font-bold">{t(`kinds.${item.kind}`)}{item.problemType ? `: ${t(`problemTypes.${item.problemType as 'other'}`)}` : ''}</h1>
      {(await searchParams).decided ? <p role="status" className="rounded bg-green-100 p-3 text-green-900">{t('decidedNotice')}</p> : null}
      <dl className="grid max-w-2xl grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t('received')}</dt><dd>{format.dateTime(item.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</dd>
        <dt className="font-semibold">{t('language')}</dt><dd>{language}</dd>
        <dt className="font-semibold">{t('status')}</dt><dd>{t(`statuses.${item.status as 'pending'}`)}</dd>
        <dt className="font-semibold">{t('contact')}</dt><dd>{item.hasContactEmail ? t('contactGiven') : t('contactNone')}</dd>
      </dl>
      <div className="grid gap-6 lg:grid-cols-2">
        <section className="space-y-2 rounded border border-gray-300 p-4">
          <h2 className="text-xl font-bold">{t('whatTheySent')}</h2>
          {item.kind === 'suggest_service' ? <ProposalList proposal={item.proposal} /> : null}
          <p className="whitespace-pre-wrap" dir="auto">{item.message || t('noMessage')}</p>
        </section>
        {item.kind === 'report_problem' ? (
          <section className="space-y-2 rounded border border-gray-300 p-4">
            <h2 className="text-xl font-bold">{t('currentListing')}</h2>
            <ListingBeside listing={item.listing} locale={locale} />
          </section>
        ) : null}
      </div>
      {item.status === 'pending' ? (
        <section className="space-y-3">
          <h2 className="text-xl font-bold">{t('decide')}</h2>
          {item.kind === 'suggest_service' ? (
            <p><Link href={`/${locale}/admin/suggestions/${item.id}/draft`} className="font-semibold text-blue-800 underline">{t('createDraft')}</Link></p>
          ) : null}
          <DecisionForm action={decideSuggestionAction} id={item.id} locale={locale}
            labels={{ note: t('note'), noteHint: item.hasContactEmail ? t('noteHintReply') : t('noteHint'), approve: t(item.kind === 'report_problem' ? 'resolve' : 'approve'), reject: t('reject') }} />
        </section>
      ) : (
        <section className="space-y-1">
          <h2 className="text-xl font-bold">{t('decision')}</h2>
          <p>{t('decidedBy', { status: item.status, name: item.reviewerName ?? '', when: item.decidedAt ? format.dateTime(item.decidedAt, { dateStyle: 'medium', timeStyle: 'short' }) : '' })}</p>
          {item.reviewerNote ? <p className="whitespace-pre-wrap" dir="auto">{item.reviewerNote}</p> : null}
        </section>
      )}
    </div>
  );
}
