import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { EventFilterForm } from '@/components/events/EventFilterForm';
import { EventViews } from '@/components/events/EventViews';
import { LocaleLink } from '@/components/ui/LocaleLink';
import { Pagination } from '@/components/ui/Pagination';
import { Text } from '@/components/ui/Text';
import { listPastEvents } from '@/lib/data/event-calendar';
import { listEventFilterChoices } from '@/lib/data/event-detail';
import { formatDate } from '@/lib/i18n/format';
import { pageLocale } from '@/lib/i18n/page-locale';
import { filtersToQuery, parseEventFilters } from '@/lib/validation/event-params';
import { publicPageMetadata } from '@/lib/seo/alternates';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'EventsList' });
  return publicPageMetadata(locale, '/events/past', { title: t('pastTitle') });
}

/** P5: past events are archived, never deleted; most recent first. */
export default async function PastEventsPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const filters = parseEventFilters(await searchParams);
  if (!filters) notFound();
  const [t, result, choices] = await Promise.all([getTranslations('EventsList'), listPastEvents(locale, filters), listEventFilterChoices(locale)]);
  if (result.requestedPage > result.pageCount) notFound();
  const { from: _from, to: _to, ...query } = filtersToQuery(filters);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t('pastTitle')}</h1>
        <p className="text-lg">{t('pastIntro')}</p>
      </header>
      <EventViews current="past" query={query} />
      <EventFilterForm action={`/${locale}/events/past`} filters={filters} choices={choices} locale={locale} dates={false} />
      <p role="status">{t('count', { count: result.total })}</p>
      {result.total === 0 ? <p>{t('pastNone')}</p> : (
        <ul className="space-y-3">
          {result.events.map((e) => (
            <li key={e.slug} className="rounded-lg border border-gray-300 bg-white p-4">
              <h2 className="text-lg font-semibold"><LocaleLink href={`/events/${e.slug}`} className="text-brand-800 underline"><Text value={e.title} /></LocaleLink></h2>
              <p className="text-sm text-muted">{t('endedOn', { date: formatDate(locale, new Date(e.lastEnd.getTime() - 1), e.timezone) })}</p>
              <Text value={e.summary} as="p" className="text-sm" />
              {e.organization ? <p className="text-sm text-muted" dir="auto">{t('by', { organization: e.organization.name })}</p> : null}
            </li>
          ))}
        </ul>
      )}
      <Pagination basePath={`/${locale}/events/past`} params={query} page={result.page} pageCount={result.pageCount} />
    </div>
  );
}
