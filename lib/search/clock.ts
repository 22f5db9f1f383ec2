import { addDays, zonedParts } from '../time/zoned';

// "Open now" is decided in the database (lib/data/search-sql.ts) from the city's wall clock,
// computed here with the same time-zone code as the hours shown on each card.

export type SearchClock = {
  /** Local date, YYYY-MM-DD, and the day before (overnight hours that began yesterday). */
  today: string;
  yesterday: string;
  /** ISO weekdays (1 = Monday) of those dates. */
  weekday: number;
  yesterdayWeekday: number;
  /** Minutes after local midnight. */
  minutes: number;
  /** Minutes after Monday 00:00 local time, 0–10079 (ServiceSearchDocument.openMinutes). */
  minuteOfWeek: number;
};

export function searchClock(now: Date, timeZone: string): SearchClock {
  const here = zonedParts(now, timeZone);
  return {
    today: here.dateKey,
    yesterday: addDays(here.dateKey, -1),
    weekday: here.weekday,
    yesterdayWeekday: here.weekday === 1 ? 7 : here.weekday - 1,
    minutes: here.minutes,
    minuteOfWeek: (here.weekday - 1) * 1440 + here.minutes,
  };
}
