import { getTranslations } from 'next-intl/server';
import type { FilterChoices } from '@/lib/data/event-detail';
import { languageNames } from '@/lib/i18n/format';
import type { EventFilters } from '@/lib/validation/event-params';

const fieldClass = 'min-h-11 w-full rounded border-2 border-gray-500 bg-white px-2';

/** Topic, language of the session, free, date range: one GET form, so every filter is in the URL. */
export async function EventFilterForm({ action, filters, choices, locale, dates = true }: { action: string; filters: EventFilters; choices: FilterChoices; locale: string; dates?: boolean }) {
  const t = await getTranslations('EventsFilters');
  return (
    <form action={action} method="get" aria-labelledby="event-filters-title" className="space-y-3 rounded-lg border border-gray-300 bg-white p-4">
      <h2 id="event-filters-title" className="text-lg font-bold">{t('heading')}</h2>
      {filters.month ? <input type="hidden" name="month" value={filters.month} /> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="ev-category" className="block font-semibold">{t('category')}</label>
          <select id="ev-category" name="category" defaultValue={filters.category ?? ''} className={fieldClass}>
            <option value="">{t('anyCategory')}</option>
            {choices.categories.map((c) => <option key={c.slug} value={c.slug}>{c.name.text}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="ev-lang" className="block font-semibold">{t('language')}</label>
          <select id="ev-lang" name="lang" defaultValue={filters.lang ?? ''} className={fieldClass}>
            <option value="">{t('anyLanguage')}</option>
            {choices.languages.map((code) => <option key={code} value={code}>{languageNames(locale, [code])[0]}</option>)}
          </select>
        </div>
        {dates ? (
          <>
            <div>
              <label htmlFor="ev-from" className="block font-semibold">{t('from')}</label>
              <input id="ev-from" type="date" name="from" defaultValue={filters.from ?? ''} min="2000-01-01" max="2100-12-31" className={fieldClass} />
            </div>
            <div>
              <label htmlFor="ev-to" className="block font-semibold">{t('to')}</label>
              <input id="ev-to" type="date" name="to" defaultValue={filters.to ?? ''} min="2000-01-01" max="2100-12-31" className={fieldClass} />
            </div>
          </>
        ) : null}
      </div>
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" name="free" value="1" defaultChecked={filters.free} className="size-5" />
        <span>{t('free')}</span>
      </label>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white">{t('apply')}</button>
        <a href={filters.month ? `${action}?month=${filters.month}` : action} className="underline">{t('clear')}</a>
      </div>
    </form>
  );
}
