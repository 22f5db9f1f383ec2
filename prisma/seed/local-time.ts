// Calendar helpers for placing demo data relative to `now` in the city's time zone.
// Wall-clock → instant conversion (DST-aware, Intl only) lives in lib/time/zoned.
import { addDays, weekdayOf, zonedParts, zonedToInstant } from '../../lib/time/zoned';

export { addDays, weekdayOf };

/** YYYY-MM-DD of an instant on the wall calendar of `timeZone`. */
export function localDateKey(instant: Date, timeZone: string): string {
  return zonedParts(instant, timeZone).dateKey;
}

/** "HH:MM" → minutes after midnight. */
export function parseClock(hhmm: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!match) throw new Error(`Expected HH:MM, got "${hhmm}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The instant at which the clock in `timeZone` shows `dateKey` + `hhmm` (or minutes). */
export function localInstant(dateKey: string, time: string | number, timeZone: string): Date {
  return zonedToInstant(dateKey, typeof time === 'number' ? time : parseClock(time), timeZone);
}

/** The first date on or after `dateKey` that falls on ISO `weekday` (1 = Monday). */
export function onOrAfterWeekday(dateKey: string, weekday: number): string {
  return addDays(dateKey, (weekday - weekdayOf(dateKey) + 7) % 7);
}

/** The nth (1–4) or last (-1) ISO `weekday` of a month. */
export function nthWeekdayOfMonth(year: number, month: number, nth: number, weekday: number): string {
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  if (nth > 0) return addDays(onOrAfterWeekday(first, weekday), (nth - 1) * 7);
  const nextMonthFirst = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  const last = addDays(nextMonthFirst, -1);
  return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
}

/** The nth `weekday` of the month after the one `dateKey` is in (RRULE BYDAY=1SA style). */
export function nthWeekdayOfNextMonth(dateKey: string, nth: number, weekday: number): string {
  const [year, month] = dateKey.split('-').map(Number) as [number, number];
  return month === 12 ? nthWeekdayOfMonth(year + 1, 1, nth, weekday) : nthWeekdayOfMonth(year, month + 1, nth, weekday);
}

/** RFC 5545 UNTIL value (UTC) for the last second of `dateKey` in `timeZone`. */
export function rruleUntil(dateKey: string, timeZone: string): string {
  const endOfDay = new Date(zonedToInstant(addDays(dateKey, 1), 0, timeZone).getTime() - 1000);
  return endOfDay.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** A @db.Date value: UTC midnight of the calendar date. */
export function calendarDate(dateKey: string): Date {
  return new Date(`${dateKey}T00:00:00.000Z`);
}

/**
 * U.S. federal holidays of a year, as [dateKey, name], on the day offices close: a fixed-date
 * holiday on a Saturday is observed on the Friday before, on a Sunday on the Monday after.
 */
export function federalHolidays(year: number): Array<[string, string]> {
  const observed = ([day, name]: [string, string]): [string, string] => {
    const weekday = weekdayOf(day);
    if (weekday === 6) return [addDays(day, -1), `${name} (observed)`];
    if (weekday === 7) return [addDays(day, 1), `${name} (observed)`];
    return [day, name];
  };
  const holidays: Array<[string, string]> = [
    [`${year}-01-01`, "New Year's Day"],
    [nthWeekdayOfMonth(year, 1, 3, 1), 'Martin Luther King Jr. Day'],
    [nthWeekdayOfMonth(year, 2, 3, 1), "Presidents' Day"],
    [nthWeekdayOfMonth(year, 5, -1, 1), 'Memorial Day'],
    [`${year}-06-19`, 'Juneteenth'],
    [`${year}-07-04`, 'Independence Day'],
    [nthWeekdayOfMonth(year, 9, 1, 1), 'Labor Day'],
    [nthWeekdayOfMonth(year, 10, 2, 1), "Indigenous Peoples' Day"],
    [`${year}-11-11`, 'Veterans Day'],
    [nthWeekdayOfMonth(year, 11, 4, 4), 'Thanksgiving Day'],
    [`${year}-12-25`, 'Christmas Day'],
  ];
  return holidays.map(observed);
}

/** The first federal holiday after `dateKey` (strictly later). */
export function nextFederalHoliday(dateKey: string): { dateKey: string; name: string } {
  const year = Number(dateKey.slice(0, 4));
  const upcoming = [...federalHolidays(year), ...federalHolidays(year + 1)]
    .sort(([a], [b]) => a.localeCompare(b))
    .find(([day]) => day > dateKey);
  if (!upcoming) throw new Error(`No holiday after ${dateKey}`);
  return { dateKey: upcoming[0], name: upcoming[1] };
}
