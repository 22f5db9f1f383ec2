import { getTranslations } from 'next-intl/server';
import { LocaleLink } from '@/components/ui/LocaleLink';
import { PhoneLink } from '@/components/ui/PhoneLink';
import type { SearchOutcome } from '@/lib/data/search';
import type { PublicSettings } from '@/lib/data/settings';
import { searchHref, withoutAllFilters, withoutFilter } from '@/lib/search/url';
import { activeFilterLabels } from './filter-labels';

/**
 * PRODUCT P2: a search that finds nothing offers a way on — the same search without each
 * filter (with how many it would find), the nearest broader category, and a person to call.
 * The page shows the category tiles below it.
 */
export async function ZeroResults({ outcome, locale, settings }: { outcome: SearchOutcome; locale: string; settings: PublicSettings }) {
  const [t, ts] = await Promise.all([getTranslations('Search'), getTranslations('SuggestLinks')]);
  const filters = activeFilterLabels(outcome, t, locale).filter(({ key }) => outcome.withoutFilter[key] !== undefined);
  const { params, broaderCategory } = outcome;
  return (
    <section aria-labelledby="no-results-title" className="space-y-4 rounded-lg border border-gray-300 bg-white p-4">
      <h3 id="no-results-title" className="text-lg font-semibold">
        {params.q ? t('noResults', { query: params.q }) : t('noResultsFiltered')}
      </h3>
      {filters.length ? (
        <div>
          <p>{t('tryWithout')}</p>
          <ul className="mt-1 list-disc space-y-1 ps-6">
            {filters.map(({ key, label }) => (
              <li key={key}>
                <a href={searchHref(locale, params, withoutFilter(params, key))} className="underline">
                  {t('withoutFilter', { filter: label, count: outcome.withoutFilter[key] ?? 0 })}
                </a>
              </li>
            ))}
            {filters.length > 1 ? (
              <li>
                <a href={searchHref(locale, params, withoutAllFilters())} className="underline">{t('withoutAnyFilter', { count: outcome.unfiltered })}</a>
              </li>
            ) : null}
          </ul>
        </div>
      ) : null}
      {broaderCategory ? (
        <p>
          <LocaleLink href={`/categories/${broaderCategory.slug}`} className="font-semibold underline">
            {t('broaderCategory', { category: broaderCategory.name.text })}
          </LocaleLink>
        </p>
      ) : null}
      {settings.liaisonPhone ? (
        <p>{t.rich('noResultsHelp', { name: settings.liaisonName, number: settings.liaisonPhone, phone: (c) => <PhoneLink phone={settings.liaisonPhone}>{c}</PhoneLink> })}</p>
      ) : null}
      <p>
        <LocaleLink href="/suggest" className="underline">{ts('fromSearch')}</LocaleLink>
      </p>
    </section>
  );
}
