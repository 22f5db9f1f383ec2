import { accent } from './pseudo-accent';
import { PSEUDO_LOCALE } from './pseudo-locale';
import { zonedToInstant } from '../time/zoned';

// Dates and times in the visitor's language but the city's time zone.

// Making an Intl formatter costs far more than using one (~3% of a page's server CPU under
// load, bench:load's CPU profile, 2026-12-04): keep each one made, per locale and options.
// Bounded by construction (locales × the few option sets here × the city's time zone); the
// guard only protects against a caller passing something unbounded.
const formatters = new Map<string, Intl.DateTimeFormat>();

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    if (formatters.size >= 1_000) formatters.clear();
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatDate(locale: string, date: Date, timeZone: string): string {
  return dateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(date);
}

export function formatDateTime(locale: string, date: Date, timeZone: string): string {
  return dateTimeFormat(locale, { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone }).format(date);
}

export function formatDayHeading(locale: string, date: Date, timeZone: string): string {
  return dateTimeFormat(locale, { weekday: 'long', month: 'long', day: 'numeric', timeZone }).format(date);
}

/** "9:00 AM" for minutes after midnight on a given local date. */
export function formatClock(locale: string, dateKey: string, minutes: number, timeZone: string): string {
  const instant = zonedToInstant(dateKey, minutes % 1440, timeZone);
  return dateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone }).format(instant);
}

/** Clock time without a date, for weekly tables ("18:00" / "6:00 PM"). */
export function formatMinutes(locale: string, minutes: number): string {
  const m = minutes % 1440;
  return dateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1, 0, m)));
}

/** Weekday name for an ISO weekday number (1 = Monday). 2024-01-01 was a Monday. */
export function weekdayName(locale: string, isoWeekday: number, style: 'long' | 'short' = 'long'): string {
  return dateTimeFormat(locale, { weekday: style, timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, isoWeekday)));
}

export function weekdayOfDateName(locale: string, dateKey: string): string {
  return dateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${dateKey}T12:00:00Z`));
}

/** Language names in the visitor's language ("es" → "español" / "Spanish"). */
export function languageNames(locale: string, codes: string[]): string[] {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([locale, 'en'], { type: 'language' });
  } catch {
    names = null;
  }
  return codes.map((code) => {
    try {
      // Intl speaks no pseudo-locale: accent its English names like the message files.
      if (locale === PSEUDO_LOCALE) return `[${accent(names?.of(code) ?? code)}]`;
      return names?.of(code) ?? code;
    } catch {
      return code;
    }
  });
}

export function formatList(locale: string, items: string[]): string {
  try {
    return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/** "1.2 mi" in the visitor's language (search results near a place). */
export function formatMiles(locale: string, miles: number): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'mile', unitDisplay: 'short', maximumFractionDigits: 1 }).format(miles);
}
