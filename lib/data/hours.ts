import { openStatus, type DayException, type OpenStatus, type WeeklyInterval } from '../hours/open-status';

// Hours rows as the database holds them, grouped per place, with the open/closed state.

type HoursRow = { weekday: number; opensAt: number; closesAt: number; serviceAtLocationId: string | null };
type ExceptionRow = { date: Date; closed: boolean; opensAt: number | null; closesAt: number | null; note: string; serviceAtLocationId: string | null };

export type HoursGroup = { weekly: WeeklyInterval[]; exceptions: (DayException & { note: string })[]; status: OpenStatus };

export function hoursFor(
  serviceAtLocationId: string | null,
  hours: HoursRow[],
  exceptions: ExceptionRow[],
  timeZone: string,
  now: Date,
): HoursGroup {
  const weekly = hours
    .filter((h) => h.serviceAtLocationId === serviceAtLocationId)
    .map(({ weekday, opensAt, closesAt }) => ({ weekday, opensAt, closesAt }))
    .sort((a, b) => a.weekday - b.weekday || a.opensAt - b.opensAt);
  const days = exceptions
    .filter((e) => e.serviceAtLocationId === serviceAtLocationId || e.serviceAtLocationId === null)
    .map((e) => ({ dateKey: e.date.toISOString().slice(0, 10), closed: e.closed, opensAt: e.opensAt, closesAt: e.closesAt, note: e.note }));
  return { weekly, exceptions: days, status: openStatus(weekly, days, timeZone, now) };
}

/** Exceptions worth fetching: from yesterday to two weeks ahead. */
export function exceptionWindow(now: Date) {
  return { gte: new Date(now.getTime() - 2 * 86_400_000), lte: new Date(now.getTime() + 15 * 86_400_000) };
}
