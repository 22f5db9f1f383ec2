import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { EventDayList } from '@/components/events/EventDayList';
import { EventFilterForm } from '@/components/events/EventFilterForm';
import { EventViews } from '@/components/events/EventViews';
import { FeedLink } from '@/components/events/FeedLink';
import { Pagination } from '@/components/ui/Pagination';
import { listEventDays } from '@/lib/data/event-calendar';
import { listEventFilterChoices } from '@/lib/data/event-detail';
import { formatDate } from '@/lib/i18n/format';
import { pageLocale } from '@/lib/i18n/page-locale';
import { zonedToInstant } from '@/lib/time/zoned';
import { filtersToQuery, parseEventFilters } from '@/lib/validation/event-params';
import { publicPageMetadata } from '@/lib/seo/alternates';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'EventsList' });
  return publicPageMetadata(locale, '/events', { title: t('title'), description: t('intro') });
}

/** P5: upcoming events, grouped by day, filtered and paginated through the URL. */
export default async function EventsPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  // The proxy has already answered 400 to malformed parameters; this only types them.
  const filters = parseEventFilters(await searchParams);
  if (!filters) notFound();
  const [t, result, choices] = await Promise.all([getTranslations('EventsList'), listEventDays(locale, filters), listEventFilterChoices(locale)]);
  if (result.requestedPage > result.pageCount) notFound();
  const query = filtersToQuery(filters);
  const day = (key: string) => formatDate(locale, zonedToInstant(key, 720, result.timezone), result.timezone);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="text-lg">{t('intro')}</p>
      </header>
      <EventViews current="list" query={query} />
      <EventFilterForm action={`/${locale}/events`} filters={filters} choices={choices} locale={locale} />
      <p role="status">
        {t('count', { count: result.total })}
        {filters.from && filters.to ? ` ${t('rangeNote', { from: day(filters.from), to: day(filters.to) })}` : null}
      </p>
      {result.total === 0 ? <p>{t('none')}</p> : <EventDayList days={result.days} locale={locale} timeZone={result.timezone} />}
      <Pagination basePath={`/${locale}/events`} params={query} page={result.page} pageCount={result.pageCount} />
      <FeedLink locale={locale} filters={filters} />
    </div>
  );
}
