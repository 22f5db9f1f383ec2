import { getTranslations } from 'next-intl/server';
import type { SearchOutcome } from '@/lib/data/search';
import { languageNames } from '@/lib/i18n/format';
import { SEARCH_FLAGS, SEARCH_RADII } from '@/lib/validation/search-params';

const fieldClass = 'min-h-11 w-full rounded border-2 border-gray-500 bg-white px-2';
const legendClass = 'mb-1 font-semibold';

/**
 * Every filter of PRODUCT P2 as one GET form, with the number of results each option
 * would give next to it. Works without JavaScript: the visitor chooses, then applies.
 */
export async function SearchFilters({ outcome, locale }: { outcome: SearchOutcome; locale: string }) {
  const t = await getTranslations('Search');
  const { params, facets } = outcome;
  const option = (label: string, count: number) => t('optionCount', { label, count });
  const languageLabel = (code: string) => languageNames(locale, [code])[0] ?? code;
  const neighborhoods = facets.areas.filter((a) => a.kind === 'neighborhood');
  const zips = facets.areas.filter((a) => a.kind === 'zip');
  return (
    <form action={`/${locale}/search`} method="get" className="space-y-5" aria-labelledby="filters-title">
      {params.q ? <input type="hidden" name="q" value={params.q} /> : null}
      <div>
        <label htmlFor="filter-category" className={legendClass + ' block'}>{t('categoryLabel')}</label>
        <select id="filter-category" name="category" defaultValue={params.category ?? ''} className={fieldClass}>
          <option value="">{t('anyCategory')}</option>
          {facets.categories.map((c) => <option key={c.slug} value={c.slug}>{option(c.name.text, c.count)}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="filter-lang" className={legendClass + ' block'}>{t('languageLabel')}</label>
        <select id="filter-lang" name="lang" defaultValue={params.lang ?? ''} className={fieldClass}>
          <option value="">{t('anyLanguage')}</option>
          {facets.languages.map((l) => <option key={l.code} value={l.code}>{option(languageLabel(l.code), l.count)}</option>)}
        </select>
      </div>
      <fieldset>
        <legend className={legendClass}>{t('showOnly')}</legend>
        <ul className="space-y-1">
          {SEARCH_FLAGS.map((flag) => (
            <li key={flag}>
              <label className="flex min-h-11 items-start gap-2 py-1">
                <input type="checkbox" name={flag} value="1" defaultChecked={params.flags.includes(flag)} className="mt-1 size-5 shrink-0" />
                <span>{option(t(`flag_${flag}`), facets.flags[flag])}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {facets.areas.length ? (
        <fieldset className="space-y-2">
          <legend className={legendClass}>{t('distanceLegend')}</legend>
          <div>
            <label htmlFor="filter-near" className="block">{t('nearLabel')}</label>
            <select id="filter-near" name="near" defaultValue={params.near ?? ''} className={fieldClass}>
              <option value="">{t('anywhere')}</option>
              <optgroup label={t('neighborhoods')}>
                {neighborhoods.map((a) => <option key={a.code} value={a.code} translate="no">{a.name}</option>)}
              </optgroup>
              <optgroup label={t('zipCodes')}>
                {zips.map((a) => <option key={a.code} value={a.code} translate="no">{a.name}</option>)}
              </optgroup>
            </select>
          </div>
          <div>
            <label htmlFor="filter-within" className="block">{t('withinLabel')}</label>
            <select id="filter-within" name="within" defaultValue={params.within ?? ''} className={fieldClass}>
              <option value="">{t('anyDistance')}</option>
              {(facets.within ?? []).map(({ miles, count }) => (
                <option key={miles} value={miles}>{option(t('withinMiles', { count: miles }), count)}</option>
              ))}
              {facets.within ? null : SEARCH_RADII.map((miles) => <option key={miles} value={miles}>{t('withinMiles', { count: miles })}</option>)}
            </select>
          </div>
          <div>
            <label htmlFor="filter-sort" className="block">{t('sortLabel')}</label>
            <select id="filter-sort" name="sort" defaultValue={outcome.order === 'distance' ? 'distance' : 'relevance'} className={fieldClass}>
              <option value="relevance">{t('sortRelevance')}</option>
              <option value="distance">{t('sortDistance')}</option>
            </select>
          </div>
        </fieldset>
      ) : null}
      <button type="submit" className="inline-flex min-h-12 w-full items-center justify-center rounded bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800">
        {t('apply')}
      </button>
    </form>
  );
}
