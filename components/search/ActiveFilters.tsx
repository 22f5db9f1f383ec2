import { getTranslations } from 'next-intl/server';
import type { SearchOutcome } from '@/lib/data/search';
import { searchHref, withoutAllFilters, withoutFilter } from '@/lib/search/url';
import { activeFilterLabels } from './filter-labels';

/** The filters in use, each a link that removes it. */
export async function ActiveFilters({ outcome, locale }: { outcome: SearchOutcome; locale: string }) {
  const t = await getTranslations('Search');
  const filters = activeFilterLabels(outcome, t, locale);
  if (!filters.length) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <ul aria-label={t('activeFilters')} className="flex flex-wrap gap-2">
        {filters.map(({ key, label }) => (
          <li key={key}>
            <a
              href={searchHref(locale, outcome.params, withoutFilter(outcome.params, key))}
              aria-label={t('removeFilter', { filter: label })}
              className="inline-flex min-h-11 items-center gap-2 rounded-full border border-brand-600 bg-brand-50 px-3 text-brand-800 hover:bg-brand-100"
            >
              <span>{label}</span>
              <span aria-hidden="true">×</span>
            </a>
          </li>
        ))}
      </ul>
      {filters.length > 1 ? (
        <a href={searchHref(locale, outcome.params, withoutAllFilters())} className="min-h-11 px-2 py-2 underline">{t('clearFilters')}</a>
      ) : null}
    </div>
  );
}
