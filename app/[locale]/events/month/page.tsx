import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { EventFilterForm } from '@/components/events/EventFilterForm';
import { EventViews } from '@/components/events/EventViews';
import { FeedLink } from '@/components/events/FeedLink';
import { MonthGrid } from '@/components/events/MonthGrid';
import { LocaleLink } from '@/components/ui/LocaleLink';
import { listEventMonth } from '@/lib/data/event-calendar';
import { listEventFilterChoices } from '@/lib/data/event-detail';
import { pageLocale } from '@/lib/i18n/page-locale';
import { EARLIEST_DAY, LATEST_DAY, filtersToQuery, parseEventFilters } from '@/lib/validation/event-params';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'EventsList' });
  // Month pages are endless: not indexed; the upcoming list is.
  return { title: `${t('viewMonth')} · ${t('title')}`, robots: { index: false } };
}

function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}

/** P5: a month grid, ?month=YYYY-MM, previous/next as links: no JavaScript needed. */
export default async function EventMonthPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const filters = parseEventFilters(await searchParams);
  if (!filters) notFound();
  const [t, month, choices] = await Promise.all([getTranslations('EventsList'), listEventMonth(locale, filters), listEventFilterChoices(locale)]);
  const { from: _from, to: _to, ...kept } = filtersToQuery(filters);
  const label = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month.first}T12:00:00Z`));
  const link = (m: string) => `/events/month?${new URLSearchParams({ ...kept, month: m })}`;
  const previous = shiftMonth(month.month, -1);
  const next = shiftMonth(month.month, 1);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t('monthTitle', { month: label })}</h1>
      <EventViews current="month" query={kept} />
      <EventFilterForm action={`/${locale}/events/month`} filters={{ ...filters, month: month.month }} choices={choices} locale={locale} dates={false} />
      <nav aria-label={t('viewMonth')} className="flex flex-wrap justify-between gap-3">
        {previous >= EARLIEST_DAY.slice(0, 7) ? <LocaleLink href={link(previous)} rel="prev" className="inline-flex min-h-11 items-center rounded border border-brand-600 px-4 py-2 text-brand-800">{t('previousMonth')}</LocaleLink> : <span />}
        <p role="status" className="self-center">{t('count', { count: month.total })}</p>
        {next <= LATEST_DAY.slice(0, 7) ? <LocaleLink href={link(next)} rel="next" className="inline-flex min-h-11 items-center rounded border border-brand-600 px-4 py-2 text-brand-800">{t('nextMonth')}</LocaleLink> : <span />}
      </nav>
      <MonthGrid first={month.first} next={month.next} byDay={month.byDay} caption={t('monthCaption', { month: label })} locale={locale} />
      <FeedLink locale={locale} filters={filters} />
    </div>
  );
}
