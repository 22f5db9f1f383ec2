import type { PublicEventDetail } from '@/lib/data/event-detail';
import { placeLine } from '@/lib/data/event-feeds';
import { jsonLdScriptText } from '@/lib/seo/json-ld';
import { zonedParts } from '@/lib/time/zoned';

// schema.org Event (PRODUCT I4), rendered by the server. The place comes from the public
// location, so a confidential place is its neighborhood only; the text is escaped so
// that "</script>" in a title cannot end the element (lib/seo/json-ld.ts).

const localIso = (d: Date, tz: string) => {
  const p = zonedParts(d, tz);
  const offset = Math.round((Date.UTC(p.year, p.month - 1, p.day, 0, p.minutes, p.second) - Math.floor(d.getTime() / 1000) * 1000) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${p.dateKey}T${String(Math.floor(p.minutes / 60)).padStart(2, '0')}:${String(p.minutes % 60).padStart(2, '0')}:00${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
};

export function EventJsonLd({ event, url }: { event: PublicEventDetail; url: string }) {
  const next = event.upcoming.find((o) => !o.cancelled) ?? { start: event.startsAt, end: event.endsAt, cancelled: false, moved: false };
  const when = (d: Date) => (event.allDay ? zonedParts(d, event.timezone).dateKey : localIso(d, event.timezone));
  const address = event.location?.address;
  const physical = event.location
    ? {
        '@type': 'Place',
        name: event.location.name.text,
        address: address
          ? { '@type': 'PostalAddress', streetAddress: [address.line1, address.line2].filter(Boolean).join(', '), addressLocality: address.city, addressRegion: address.region, postalCode: address.postalCode }
          : placeLine(event.location),
      }
    : null;
  const virtual = event.onlineUrl ? { '@type': 'VirtualLocation', url: event.onlineUrl } : null;
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title.text,
    description: event.summary.text || event.description.text,
    url,
    startDate: when(next.start),
    endDate: when(event.allDay ? new Date(next.end.getTime() - 1) : next.end),
    eventStatus: event.upcoming.length && event.upcoming.every((o) => o.cancelled) ? 'https://schema.org/EventCancelled' : next.moved ? 'https://schema.org/EventRescheduled' : 'https://schema.org/EventScheduled',
    eventAttendanceMode: physical && virtual ? 'https://schema.org/MixedEventAttendanceMode' : virtual ? 'https://schema.org/OnlineEventAttendanceMode' : 'https://schema.org/OfflineEventAttendanceMode',
    location: [physical, virtual].filter(Boolean),
    inLanguage: event.languages,
    isAccessibleForFree: event.isFree,
    ...(event.organization ? { organizer: { '@type': 'Organization', name: event.organization.name } } : {}),
    ...(event.registrationUrl ? { offers: { '@type': 'Offer', url: event.registrationUrl } } : {}),
  };
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScriptText(data) }} />;
}
