import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { CategoryTiles } from '@/components/home/CategoryTiles';
import { SearchForm } from '@/components/home/SearchForm';
import { ActiveFilters } from '@/components/search/ActiveFilters';
import { MatchedCategories } from '@/components/search/MatchedCategories';
import { SearchFilters } from '@/components/search/SearchFilters';
import { SearchNotices } from '@/components/search/SearchNotices';
import { ZeroResults } from '@/components/search/ZeroResults';
import { ServiceCard } from '@/components/services/ServiceCard';
import { Pagination } from '@/components/ui/Pagination';
import { listCategories } from '@/lib/data/categories';
import { searchPublicServices } from '@/lib/data/search';
import { getPublicSettings } from '@/lib/data/settings';
import { activeFilters, searchQueryString } from '@/lib/search/url';
import { parseSearchParams } from '@/lib/validation/search-params';
import { pageLocale } from '@/lib/i18n/page-locale';
import { publicPageMetadata } from '@/lib/seo/alternates';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Search' });
  // Search pages are not indexed: their query combinations are endless.
  return { ...(await publicPageMetadata(locale, '/search', { title: t('title') })), robots: { index: false } };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  // The proxy has already answered 400 to malformed parameters; this only types them.
  const parsed = parseSearchParams(await searchParams);
  if (!parsed) notFound();
  const [t, settings, outcome] = await Promise.all([getTranslations('Search'), getPublicSettings(), searchPublicServices(parsed, locale)]);
  // A page number past the end is a broken link, not an empty list.
  if (outcome.page > outcome.pageCount) notFound();
  const { params: applied } = outcome;
  const filterCount = activeFilters(applied).length;
  const carried = [...new URLSearchParams(searchQueryString({ ...applied, q: '', page: 1 }))] as [string, string][];
  const pageParams = Object.fromEntries(new URLSearchParams(searchQueryString({ ...applied, page: 1 })));

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{applied.q ? t('resultsFor', { query: applied.q }) : t('title')}</h1>
      <SearchForm locale={locale} defaultValue={applied.q} hiddenFields={carried} />
      {applied.q ? null : <p>{t('emptyQuery')}</p>}
      <div className="grid gap-6 lg:grid-cols-[18rem_minmax(0,1fr)]">
        <details open={filterCount > 0 || outcome.total === 0 || !applied.q} className="self-start rounded-lg border border-gray-300 bg-white p-4 lg:sticky lg:top-4">
          <summary className="min-h-11 cursor-pointer py-2 text-lg font-semibold">
            <h2 id="filters-title" className="inline">{t('filtersInUse', { count: filterCount })}</h2>
          </summary>
          <SearchFilters outcome={outcome} locale={locale} />
        </details>
        <section aria-labelledby="results-title" className="min-w-0 space-y-4">
          <h2 id="results-title" className="sr-only">{t('resultsHeading')}</h2>
          <ActiveFilters outcome={outcome} locale={locale} />
          <SearchNotices outcome={outcome} locale={locale} />
          <p className="text-muted" role="status">{t('count', { count: outcome.total })}</p>
          <MatchedCategories categories={outcome.matchedCategories} />
          {outcome.items.length ? (
            <ul className="space-y-3">
              {outcome.items.map((s) => (
                <li key={s.slug}><ServiceCard service={s} locale={locale} timeZone={settings.timezone} distanceMiles={s.distanceMiles} /></li>
              ))}
            </ul>
          ) : (
            <ZeroResults outcome={outcome} locale={locale} settings={settings} />
          )}
          <Pagination basePath={`/${locale}/search`} params={pageParams} page={outcome.page} pageCount={outcome.pageCount} />
        </section>
      </div>
      {outcome.total === 0 ? <CategoryTiles categories={await listCategories(locale)} /> : null}
    </div>
  );
}
