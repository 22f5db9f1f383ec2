import type { getTranslations } from 'next-intl/server';
import type { SearchOutcome } from '@/lib/data/search';
import { languageNames } from '@/lib/i18n/format';
import { activeFilters, type SearchFilterKey } from '@/lib/search/url';

type SearchT = Awaited<ReturnType<typeof getTranslations<'Search'>>>;

/** The words a visitor reads for each filter in use ("Free", "Near Frog Hollow"). */
export function activeFilterLabels(outcome: SearchOutcome, t: SearchT, locale: string): { key: SearchFilterKey; label: string }[] {
  const { params, facets } = outcome;
  const place = facets.areas.find((a) => a.code === params.near);
  return activeFilters(params).map((key) => {
    switch (key) {
      case 'category':
        return { key, label: facets.categories.find((c) => c.slug === params.category)?.name.text ?? params.category ?? '' };
      case 'lang':
        return { key, label: t('filterLanguage', { language: languageNames(locale, [params.lang ?? ''])[0] ?? '' }) };
      case 'near':
        return { key, label: t('filterNear', { place: place?.name ?? '' }) };
      case 'within':
        return { key, label: t('filterWithin', { count: params.within ?? 0 }) };
      default:
        return { key, label: t(`flag_${key}`) };
    }
  });
}
