import { getTranslations, setRequestLocale } from 'next-intl/server';
import { buttonClass } from '@/components/admin/forms/Field';
import { CountsTable } from '@/components/admin/insights/CountsTable';
import { SearchChart } from '@/components/admin/insights/SearchChart';
import { requireActor } from '@/lib/auth/session';
import { getSearchInsights } from '@/lib/data/admin/insights';
import { listCategories } from '@/lib/data/categories';
import { getPublicSettings } from '@/lib/data/settings';
import { LOCALE_INFO, isAppLocale } from '@/lib/i18n/locales';
import { zonedParts } from '@/lib/time/zoned';
import { parseInsightsRange } from '@/lib/validation/insights';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ from?: string | string[]; to?: string | string[] }> };

/** A10: what people searched for, counted per day, without anything about who searched. */
export default async function InsightsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor('admin', 'staff');
  const settings = await getPublicSettings();
  const range = parseInsightsRange(await searchParams, zonedParts(new Date(), settings.timezone).dateKey);
  const [t, insights, categories] = await Promise.all([getTranslations('Insights'), getSearchInsights(actor, range), listCategories(locale)]);
  const number = new Intl.NumberFormat(locale);
  const dayFormat = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'short', day: 'numeric' });
  const dayLabel = (day: string) => dayFormat.format(new Date(`${day}T00:00:00Z`));
  const categoryName = (slug: string) => (slug ? (categories.find((c) => c.slug === slug)?.name.text ?? slug) : t('noCategory'));
  const localeName = (code: string) => (isAppLocale(code) ? LOCALE_INFO[code].endonym : code);
  const countColumns = [{ label: t('searches'), numeric: true }, { label: t('zeroResults'), numeric: true }];
  const counts = (row: { searches: number; zeroResults: number }) => [number.format(row.searches), number.format(row.zeroResults)];
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p>{t('intro')}</p>
      </header>
      <form method="get" className="flex flex-wrap items-end gap-4">
        <label className="block">{t('from')}<input type="date" name="from" defaultValue={range.from} required className="mt-1 block rounded border border-gray-600 px-3 py-2" /></label>
        <label className="block">{t('to')}<input type="date" name="to" defaultValue={range.to} required className="mt-1 block rounded border border-gray-600 px-3 py-2" /></label>
        <button type="submit" className={buttonClass.primary}>{t('show')}</button>
      </form>
      {range.adjusted ? <p role="status" className="rounded bg-amber-100 p-3 text-amber-950">{t('rangeAdjusted')}</p> : null}
      <p className="text-lg">{t('totals', { searches: insights.totals.searches, zeroResults: insights.totals.zeroResults, from: dayLabel(range.from), to: dayLabel(range.to) })}</p>
      <SearchChart
        days={insights.days}
        labels={{
          title: t('chartTitle'),
          description: t('chartDescription', { searches: insights.totals.searches, zeroResults: insights.totals.zeroResults, days: insights.days.length }),
          searches: t('searches'),
          zeroResults: t('zeroResults'),
          dayLabel,
        }}
      />
      <CountsTable caption={t('byCategory')} columns={[{ label: t('category') }, ...countColumns]} empty={t('none')}
        rows={insights.byCategory.map((row) => [categoryName(row.key), ...counts(row)])} />
      <CountsTable caption={t('byLocale')} columns={[{ label: t('language') }, ...countColumns]} empty={t('none')}
        rows={insights.byLocale.map((row) => [<span key="l" lang={row.key}>{localeName(row.key)}</span>, ...counts(row)])} />
      <section className="space-y-2">
        <CountsTable caption={t('zeroQueries')} columns={[{ label: t('query') }, { label: t('language') }, { label: t('times'), numeric: true }]} empty={t('noZeroQueries')}
          rows={insights.zeroResultQueries.map((row) => [<bdi key="q" lang={row.locale}>{row.query}</bdi>, localeName(row.locale), number.format(row.count)])} />
        <p className="text-sm">{t('zeroQueriesNote')}</p>
      </section>
      <details>
        <summary className="cursor-pointer font-semibold">{t('byDay')}</summary>
        <CountsTable caption={t('byDay')} columns={[{ label: t('day') }, ...countColumns]} empty={t('none')}
          rows={insights.days.map((row) => [dayLabel(row.day), ...counts(row)])} />
      </details>
    </div>
  );
}
