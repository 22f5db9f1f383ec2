import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { getFeedEvent } from '@/lib/data/event-feeds';
import { buildCalendar } from '@/lib/events/ics';
import { badCalendarRequest, calendarResponse } from '@/lib/events/ics-response';
import { uidDomain } from '@/lib/events/origin';
import { siteOrigin } from '@/lib/http/site-origin';
import { routing } from '@/lib/i18n/routing';
import { slugSchema } from '@/lib/validation/params';

export const dynamic = 'force-dynamic';

/** I3: one event as an .ics file ("add to calendar"), with all its dates and changes. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale) || !slugSchema.safeParse(slug).success) return badCalendarRequest('Not found', 404);
  const origin = siteOrigin(request.headers);
  const event = await getFeedEvent(slug, locale, origin);
  if (!event) {
    const t = await getTranslations({ locale, namespace: 'Errors' });
    return badCalendarRequest(t.has('notFoundTitle') ? t('notFoundTitle') : 'Not found', 404);
  }
  return calendarResponse(buildCalendar({ name: event.title, uidDomain: uidDomain(origin), events: [event] }), `${slug}.ics`, true);
}
