import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { listFeedEvents } from '@/lib/data/event-feeds';
import { listEventFilterChoices } from '@/lib/data/event-detail';
import { getPublicSettings } from '@/lib/data/settings';
import { buildCalendar } from '@/lib/events/ics';
import { badCalendarRequest, calendarResponse } from '@/lib/events/ics-response';
import { uidDomain } from '@/lib/events/origin';
import { siteOrigin } from '@/lib/http/site-origin';
import { languageNames } from '@/lib/i18n/format';
import { routing } from '@/lib/i18n/routing';
import { parseEventFilters } from '@/lib/validation/event-params';

export const dynamic = 'force-dynamic';

/**
 * I3: the subscribable calendar. /{locale}/events/calendar.ics is every public event;
 * ?category=<slug> one topic's, ?lang=<code> the events held in one language.
 * The proxy does not see this path (it has a dot), so bad parameters are refused here.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return badCalendarRequest('Not found', 404);
  const t = await getTranslations({ locale, namespace: 'EventFeed' });
  const url = new URL(request.url);
  const raw: Record<string, string | string[]> = {};
  for (const name of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(name);
    raw[name] = all.length > 1 ? all : all[0]!;
  }
  const filters = parseEventFilters(raw);
  if (!filters) return badCalendarRequest(t('badRequest'));
  const origin = siteOrigin(request.headers);
  const [settings, events, choices] = await Promise.all([
    getPublicSettings(),
    listFeedEvents(locale, { category: filters.category, lang: filters.lang, free: filters.free }, origin),
    filters.category ? listEventFilterChoices(locale) : null,
  ]);
  const category = filters.category ? choices?.categories.find((c) => c.slug === filters.category)?.name.text ?? filters.category : null;
  const name = category
    ? t('categoryCalendarName', { city: settings.cityName, category })
    : filters.lang
      ? t('languageCalendarName', { city: settings.cityName, language: languageNames(locale, [filters.lang])[0] ?? filters.lang })
      : t('calendarName', { city: settings.cityName });
  return calendarResponse(buildCalendar({ name, uidDomain: uidDomain(origin), events }), 'events.ics', false);
}
