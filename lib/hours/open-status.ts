import { addDays, weekdayOf, zonedParts } from '../time/zoned';

export type WeeklyInterval = { weekday: number; opensAt: number; closesAt: number };
export type DayException = { dateKey: string; closed: boolean; opensAt: number | null; closesAt: number | null };

export type OpenStatus =
  | { state: 'open24h' }
  | { state: 'open'; closesAt: { dateKey: string; minutes: number } }
  | { state: 'closed'; opensAt: { dateKey: string; minutes: number } | null }
  | { state: 'unknown' };

type Span = { start: number; end: number }; // minutes from the start of day 0 of the scan

const DAY = 1440;
const SCAN_DAYS = 8;

/** The opening intervals of one local date, with that date's exception applied. */
function intervalsOn(dateKey: string, weekly: WeeklyInterval[], exceptions: DayException[]): Span[] {
  const exception = exceptions.find((e) => e.dateKey === dateKey);
  if (exception) {
    if (exception.closed || exception.opensAt == null || exception.closesAt == null) return [];
    return [toSpan(exception.opensAt, exception.closesAt)];
  }
  const weekday = weekdayOf(dateKey);
  return weekly.filter((w) => w.weekday === weekday).map((w) => toSpan(w.opensAt, w.closesAt));
}

// closesAt <= opensAt means the interval runs past midnight into the next day.
function toSpan(opensAt: number, closesAt: number): Span {
  return { start: opensAt, end: closesAt <= opensAt ? closesAt + DAY : closesAt };
}

/**
 * Whether a service is open at `now` in the city's time zone, when it closes, or when
 * it next opens. Adjacent intervals (23:00–24:00 then 00:00–08:00) count as one.
 */
export function openStatus(
  weekly: WeeklyInterval[],
  exceptions: DayException[],
  timeZone: string,
  now: Date,
): OpenStatus {
  if (weekly.length === 0 && exceptions.length === 0) return { state: 'unknown' };
  const here = zonedParts(now, timeZone);
  // Scan from yesterday, so an overnight interval that began yesterday counts.
  const firstDay = addDays(here.dateKey, -1);
  const spans: Span[] = [];
  for (let i = 0; i < SCAN_DAYS; i++) {
    for (const s of intervalsOn(addDays(firstDay, i), weekly, exceptions)) {
      spans.push({ start: s.start + i * DAY, end: s.end + i * DAY });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  const t = DAY + here.minutes;
  const current = merged.find((s) => s.start <= t && t < s.end);
  const at = (offset: number) => ({
    dateKey: addDays(firstDay, Math.floor(offset / DAY)),
    minutes: offset % DAY,
  });
  if (current) {
    if (current.end >= SCAN_DAYS * DAY - DAY) return { state: 'open24h' };
    return { state: 'open', closesAt: at(current.end) };
  }
  const next = merged.find((s) => s.start > t);
  return { state: 'closed', opensAt: next ? at(next.start) : null };
}
