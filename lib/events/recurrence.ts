import { addDays, weekdayOf, zonedParts, zonedToInstant } from '../time/zoned';

// The RFC 5545 RRULE subset a city calendar needs: daily, weekly and monthly rules with
// INTERVAL, BYDAY (with ordinals for monthly: 1SA, -1FR), BYMONTHDAY, COUNT and UNTIL.
// Occurrences are generated in the event's own wall-clock time, so a 6 pm class stays at
// 6 pm after clocks change.

export type Rule = {
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY';
  interval: number;
  byDay: { weekday: number; ordinal: number | null }[];
  byMonthDay: number[];
  count: number | null;
  until: Date | null;
};

const DAY_CODES: Record<string, number> = { MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6, SU: 7 };
const MAX_COUNT = 1000;

export class RecurrenceRuleError extends Error {}

export function parseRule(text: string): Rule {
  const parts = new Map<string, string>();
  for (const piece of text.trim().replace(/^RRULE:/i, '').split(';')) {
    const [key, value] = piece.split('=');
    if (!key || value === undefined || parts.has(key.toUpperCase())) throw new RecurrenceRuleError(`bad part "${piece}"`);
    parts.set(key.toUpperCase(), value.toUpperCase());
  }
  const freq = parts.get('FREQ');
  if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY') throw new RecurrenceRuleError('FREQ must be DAILY, WEEKLY or MONTHLY');
  const known = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'COUNT', 'UNTIL', 'WKST']);
  for (const key of parts.keys()) if (!known.has(key)) throw new RecurrenceRuleError(`unsupported ${key}`);
  const interval = parts.has('INTERVAL') ? positiveInt(parts.get('INTERVAL')!, 'INTERVAL', 99) : 1;
  const count = parts.has('COUNT') ? positiveInt(parts.get('COUNT')!, 'COUNT', MAX_COUNT) : null;
  const until = parts.has('UNTIL') ? parseUntil(parts.get('UNTIL')!) : null;
  if (count !== null && until !== null) throw new RecurrenceRuleError('COUNT and UNTIL cannot both be set');
  const byDay = (parts.get('BYDAY')?.split(',') ?? []).map((code) => {
    const match = /^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/.exec(code);
    if (!match) throw new RecurrenceRuleError(`bad BYDAY "${code}"`);
    const ordinal = match[1] ? Number(match[1]) : null;
    if (ordinal !== null && freq !== 'MONTHLY') throw new RecurrenceRuleError('BYDAY ordinals need FREQ=MONTHLY');
    return { weekday: DAY_CODES[match[2]!]!, ordinal };
  });
  const byMonthDay = (parts.get('BYMONTHDAY')?.split(',') ?? []).map((d) => {
    const n = Number(d);
    if (!Number.isInteger(n) || n === 0 || n < -31 || n > 31) throw new RecurrenceRuleError(`bad BYMONTHDAY "${d}"`);
    return n;
  });
  if (byMonthDay.length && freq !== 'MONTHLY') throw new RecurrenceRuleError('BYMONTHDAY needs FREQ=MONTHLY');
  return { freq, interval, byDay, byMonthDay, count, until };
}

function positiveInt(value: string, name: string, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new RecurrenceRuleError(`${name} must be 1–${max}`);
  return n;
}

function parseUntil(value: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(value);
  if (!m) throw new RecurrenceRuleError('bad UNTIL');
  const [, y, mo, d, h = '23', mi = '59', s = '59'] = m;
  const date = new Date(Date.UTC(+y!, +mo! - 1, +d!, +h, +mi, +s));
  if (Number.isNaN(date.getTime())) throw new RecurrenceRuleError('bad UNTIL');
  return date;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function key(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Candidate local dates of one period (day, week or month) in order. */
function datesOfPeriod(rule: Rule, periodIndex: number, first: { dateKey: string; weekday: number; year: number; month: number; day: number }): string[] {
  if (rule.freq === 'DAILY') return [addDays(first.dateKey, periodIndex * rule.interval)];
  if (rule.freq === 'WEEKLY') {
    const monday = addDays(first.dateKey, -(first.weekday - 1) + periodIndex * 7 * rule.interval);
    const weekdays = rule.byDay.length ? rule.byDay.map((d) => d.weekday) : [first.weekday];
    return [...new Set(weekdays)].sort().map((w) => addDays(monday, w - 1));
  }
  const monthIndex = first.month - 1 + periodIndex * rule.interval;
  const year = first.year + Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const length = daysInMonth(year, month);
  const days = new Set<number>();
  for (const d of rule.byMonthDay) {
    const day = d > 0 ? d : length + d + 1;
    if (day >= 1 && day <= length) days.add(day); // the 31st is skipped in 30-day months (RFC 5545)
  }
  for (const { weekday, ordinal } of rule.byDay) {
    const matching: number[] = [];
    for (let day = 1; day <= length; day++) if (weekdayOf(key(year, month, day)) === weekday) matching.push(day);
    if (ordinal === null) matching.forEach((d) => days.add(d));
    else {
      const day = ordinal > 0 ? matching[ordinal - 1] : matching[matching.length + ordinal];
      if (day !== undefined) days.add(day);
    }
  }
  if (!rule.byDay.length && !rule.byMonthDay.length) days.add(first.day); // skipped when the month is too short
  return [...days].filter((d) => d <= length).sort((a, b) => a - b).map((d) => key(year, month, d));
}

export type Occurrence = { start: Date; end: Date };

export type RecurringEvent = { startsAt: Date; endsAt: Date; timezone: string; recurrenceRule: string | null; allDay?: boolean };

/**
 * Occurrences of a (possibly recurring) event whose end is after `from` and whose start
 * is before `to`. The first occurrence is the event's own start, as RFC 5545 requires.
 * Timed occurrences last as long as the first one (exact duration); all-day occurrences
 * last the same number of calendar days, ending at local midnight after their last day
 * (the exclusive end of RFC 5545 DATE values, decision 007), so a day stays a day across
 * a daylight-saving change.
 */
export function expandOccurrences(event: RecurringEvent, from: Date, to: Date, limit = 500): Occurrence[] {
  const duration = event.endsAt.getTime() - event.startsAt.getTime();
  if (!event.recurrenceRule) {
    return event.endsAt > from && event.startsAt < to ? [{ start: event.startsAt, end: event.endsAt }] : [];
  }
  const rule = parseRule(event.recurrenceRule);
  const first = zonedParts(event.startsAt, event.timezone);
  const days = event.allDay ? Math.max(1, daysBetween(first.dateKey, zonedParts(event.endsAt, event.timezone).dateKey)) : 0;
  const out: Occurrence[] = [];
  let generated = 0;
  // Periods are bounded so that a rule whose dates never match cannot loop forever.
  for (let period = 0; period < 5000; period++) {
    for (const dateKey of datesOfPeriod(rule, period, first)) {
      if (dateKey < first.dateKey) continue;
      const start = zonedToInstant(dateKey, first.minutes, event.timezone);
      if (rule.until && start > rule.until) return out;
      generated++;
      if (rule.count !== null && generated > rule.count) return out;
      if (start >= to) return out;
      const end = event.allDay ? zonedToInstant(addDays(dateKey, days), 0, event.timezone) : new Date(start.getTime() + duration);
      if (end > from) out.push({ start, end });
      if (out.length >= limit) return out;
    }
  }
  return out;
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The last occurrence's end, or null when the rule never ends. */
export function lastEnd(event: RecurringEvent): Date | null {
  if (!event.recurrenceRule) return event.endsAt;
  const rule = parseRule(event.recurrenceRule);
  if (rule.count === null && rule.until === null) return null;
  const all = expandOccurrences(event, new Date(0), new Date(8.64e15), MAX_COUNT * 31);
  return all.length ? all[all.length - 1]!.end : event.endsAt;
}

export type OccurrenceOverride = { originalStart: Date; cancelled: boolean; newStartsAt: Date | null; newEndsAt: Date | null; note: string };
export type ResolvedOccurrence = Occurrence & { originalStart: Date; cancelled: boolean; moved: boolean; note: string };

/**
 * Occurrences in [from, to) with single-occurrence changes applied: a cancelled one stays
 * in the list marked cancelled (people need to know the class is off), a moved one appears
 * at its new time, even when it was moved into the window from outside it.
 */
export function resolveOccurrences(event: RecurringEvent & { overrides: OccurrenceOverride[] }, from: Date, to: Date, limit = 500): ResolvedOccurrence[] {
  const byStart = new Map(event.overrides.map((o) => [o.originalStart.getTime(), o]));
  const out: ResolvedOccurrence[] = [];
  // Look a year either side for occurrences moved into the window.
  const moved = event.overrides.filter((o) => o.newStartsAt && !o.cancelled);
  const wideFrom = moved.length ? new Date(Math.min(from.getTime(), ...moved.map((o) => o.originalStart.getTime()))) : from;
  const wideTo = moved.length ? new Date(Math.max(to.getTime(), ...moved.map((o) => o.originalStart.getTime() + 1))) : to;
  for (const occurrence of expandOccurrences(event, wideFrom, wideTo, limit * 4)) {
    const o = byStart.get(occurrence.start.getTime());
    const result: ResolvedOccurrence = o && !o.cancelled && o.newStartsAt
      ? { start: o.newStartsAt, end: o.newEndsAt ?? new Date(o.newStartsAt.getTime() + occurrence.end.getTime() - occurrence.start.getTime()), originalStart: occurrence.start, cancelled: false, moved: true, note: o.note }
      : { ...occurrence, originalStart: occurrence.start, cancelled: Boolean(o?.cancelled), moved: false, note: o?.note ?? '' };
    if (result.end > from && result.start < to) out.push(result);
  }
  out.sort((a, b) => a.start.getTime() - b.start.getTime());
  return out.slice(0, limit);
}
