import { getTranslations } from 'next-intl/server';
import type { EventFilters } from '@/lib/validation/event-params';

/** The subscribable calendar (I3) for the current topic or language, or the whole calendar. */
export async function FeedLink({ locale, filters }: { locale: string; filters: Pick<EventFilters, 'category' | 'lang'> }) {
  const t = await getTranslations('EventsList');
  const query = new URLSearchParams({ ...(filters.category ? { category: filters.category } : {}), ...(filters.lang ? { lang: filters.lang } : {}) }).toString();
  return (
    <aside aria-labelledby="feed-title" className="rounded-lg border border-gray-300 bg-white p-4">
      <h2 id="feed-title" className="text-lg font-bold">{t('subscribeHeading')}</h2>
      <p>{t('subscribeText')}</p>
      <p><a href={`/${locale}/events/calendar.ics${query ? `?${query}` : ''}`} className="underline" type="text/calendar">{t('subscribeLink')}</a></p>
    </aside>
  );
}
