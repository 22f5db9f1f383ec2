import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { CategoryTiles } from '@/components/home/CategoryTiles';
import { SearchForm } from '@/components/home/SearchForm';
import { ServiceCard } from '@/components/services/ServiceCard';
import { Pagination } from '@/components/ui/Pagination';
import { PhoneLink } from '@/components/ui/PhoneLink';
import { Text } from '@/components/ui/Text';
import { listCategories } from '@/lib/data/categories';
import { searchPublicServices } from '@/lib/data/search';
import { getPublicSettings } from '@/lib/data/settings';
import { LocaleLink } from '@/components/ui/LocaleLink';
import { pageLocale } from '@/lib/i18n/page-locale';
import { searchQuerySchema, single } from '@/lib/validation/params';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Search' });
  return { title: t('title'), robots: { index: false } };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const raw = await searchParams;
  const parsed = searchQuerySchema.safeParse({ q: single(raw.q), page: single(raw.page) });
  if (!parsed.success) notFound();
  const { q, page } = parsed.data;
  const [t, settings] = await Promise.all([getTranslations('Search'), getPublicSettings()]);
  const result = q ? await searchPublicServices(q, locale, page) : null;
  if (result && page > result.pageCount) notFound();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{q ? t('resultsFor', { query: q }) : t('title')}</h1>
      <SearchForm locale={locale} defaultValue={q} />
      {!result ? <p>{t('emptyQuery')}</p> : null}
      {result ? <p className="text-muted" role="status">{t('count', { count: result.total })}</p> : null}
      {result?.categories.length ? (
        <nav aria-label={t('matchedCategories')} className="flex flex-wrap gap-2">
          {result.categories.map((c) => (
            <LocaleLink key={c.slug} href={`/categories/${c.slug}`} className="rounded-full border border-brand-600 px-3 py-1 text-brand-800"><Text value={c.name} /></LocaleLink>
          ))}
        </nav>
      ) : null}
      {result?.items.length ? (
        <ul className="space-y-3">
          {result.items.map((s) => <li key={s.slug}><ServiceCard service={s} locale={locale} timeZone={settings.timezone} /></li>)}
        </ul>
      ) : null}
      {result && result.total === 0 ? (
        <div className="space-y-4">
          <p className="text-lg font-semibold">{t('noResults', { query: q })}</p>
          <p>{t.rich('noResultsHelp', { name: settings.liaisonName, number: settings.liaisonPhone, phone: (c) => <PhoneLink phone={settings.liaisonPhone}>{c}</PhoneLink> })}</p>
          <CategoryTiles categories={await listCategories(locale)} />
        </div>
      ) : null}
      {result ? <Pagination basePath={`/${locale}/search`} params={{ q }} page={result.page} pageCount={result.pageCount} /> : null}
    </div>
  );
}
