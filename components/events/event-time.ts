import { dateTimeFormat, formatDate } from '@/lib/i18n/format';
import { addDays, zonedParts } from '@/lib/time/zoned';

// How an occurrence's time reads: "6:00 – 8:00 PM", a date range for multi-day events,
// or "All day" (the end of an all-day event is exclusive: midnight after its last day).

const time = (locale: string, d: Date, timeZone: string) => dateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone }).format(d);

export function occurrenceTimeText(locale: string, o: { start: Date; end: Date; allDay: boolean; timezone: string }, labels: { allDay: string }): string {
  const tz = o.timezone;
  if (o.allDay) {
    const first = zonedParts(o.start, tz).dateKey;
    const last = addDays(zonedParts(o.end, tz).dateKey, -1);
    if (last <= first) return labels.allDay;
    return `${formatDate(locale, o.start, tz)} – ${formatDate(locale, new Date(o.end.getTime() - 1), tz)}`;
  }
  const sameDay = zonedParts(o.start, tz).dateKey === zonedParts(o.end, tz).dateKey;
  try {
    const range = dateTimeFormat(locale, sameDay ? { hour: 'numeric', minute: '2-digit', timeZone: tz } : { dateStyle: 'medium', timeStyle: 'short', timeZone: tz });
    return range.formatRange(o.start, o.end);
  } catch {
    return `${time(locale, o.start, tz)} – ${time(locale, o.end, tz)}`;
  }
}

/** Full date and time, for the event page's list of dates. */
export function occurrenceDateText(locale: string, o: { start: Date; end: Date; allDay: boolean; timezone: string }, labels: { allDay: string }): string {
  const day = dateTimeFormat(locale, { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric', timeZone: o.timezone }).format(o.start);
  if (o.allDay) {
    const text = occurrenceTimeText(locale, o, labels);
    return text === labels.allDay ? `${day} · ${text}` : text;
  }
  return `${day} · ${occurrenceTimeText(locale, o, labels)}`;
}
