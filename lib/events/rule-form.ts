import { addDays, weekdayOf, zonedParts, zonedToInstant } from '../time/zoned';
import { parseRule } from './recurrence';

// The editor offers recurrence as choices, not as RRULE text: weekly on some weekdays, or
// monthly on the start's date ("the 31st") or its weekday ("2nd Wednesday", "last Friday"),
// ending on a date or after a number of times. These two functions translate both ways.

export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export type RepeatChoice = {
  repeat: 'none' | 'weekly' | 'monthly';
  interval: number;
  /** ISO weekdays for weekly rules. */
  weekdays: number[];
  monthlyBy: 'date' | 'weekday' | 'lastWeekday';
  ends: 'until' | 'count';
  until: string | null;
  count: number | null;
};

/** Which ordinal weekday of its month a date is: 1–5, and whether it is the last one. */
export function weekdayPosition(dateKey: string) {
  const day = Number(dateKey.slice(8, 10));
  const nth = Math.ceil(day / 7);
  const last = addDays(dateKey, 7).slice(0, 7) !== dateKey.slice(0, 7);
  return { weekday: weekdayOf(dateKey), nth, last };
}

const utcStamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** RRULE text for the choice, or null for a one-time event. */
export function buildRule(choice: RepeatChoice, startDateKey: string, timeZone: string): string | null {
  if (choice.repeat === 'none') return null;
  const parts = [`FREQ=${choice.repeat === 'weekly' ? 'WEEKLY' : 'MONTHLY'}`];
  if (choice.interval > 1) parts.push(`INTERVAL=${choice.interval}`);
  if (choice.repeat === 'weekly') {
    const days = [...new Set(choice.weekdays.length ? choice.weekdays : [weekdayOf(startDateKey)])].sort();
    parts.push(`BYDAY=${days.map((d) => WEEKDAY_CODES[d - 1]).join(',')}`);
  } else if (choice.monthlyBy === 'date') {
    parts.push(`BYMONTHDAY=${Number(startDateKey.slice(8, 10))}`);
  } else {
    const position = weekdayPosition(startDateKey);
    const code = WEEKDAY_CODES[position.weekday - 1];
    parts.push(`BYDAY=${choice.monthlyBy === 'lastWeekday' ? '-1' : position.nth}${code}`);
  }
  if (choice.ends === 'count') parts.push(`COUNT=${choice.count}`);
  // UNTIL is the last second of the chosen day in the event's zone, written in UTC.
  else parts.push(`UNTIL=${utcStamp(new Date(zonedToInstant(addDays(choice.until!, 1), 0, timeZone).getTime() - 1000))}`);
  return parts.join(';');
}

/** The editor's choices for a stored rule (rules it cannot show fall back to "weekly"). */
export function choiceFromRule(rule: string | null, timeZone: string): RepeatChoice {
  const none: RepeatChoice = { repeat: 'none', interval: 1, weekdays: [], monthlyBy: 'date', ends: 'count', until: null, count: null };
  if (!rule) return none;
  const parsed = parseRule(rule);
  const monthlyBy = parsed.byDay.some((d) => d.ordinal === -1) ? 'lastWeekday' : parsed.byDay.some((d) => d.ordinal !== null) ? 'weekday' : 'date';
  return {
    repeat: parsed.freq === 'MONTHLY' ? 'monthly' : 'weekly',
    interval: parsed.interval,
    weekdays: parsed.freq === 'WEEKLY' ? parsed.byDay.map((d) => d.weekday) : [],
    monthlyBy,
    ends: parsed.until ? 'until' : 'count',
    until: parsed.until ? zonedParts(parsed.until, timeZone).dateKey : null,
    count: parsed.count,
  };
}
