import { Prisma } from '../generated/prisma/client';
import type { SearchClock } from '../search/clock';

// Weekly hours are precomputed as minutes of the week. A service with an exception (holiday,
// special hours) today or yesterday is decided from its live rows, by the rules of
// lib/hours/open-status.ts: an exception replaces the hours that start on its day. Those
// services are few (about 1%), so they are decided one by one through indexes, and only
// when they match the search. Which services they are is in the search row itself
// (exceptionDates, NULL for most): testing it costs nothing per row.

/** Whether the service of row `f` (a ServiceSearchDocument) is open at the clock's minute. */
export function openNowSql(clock: SearchClock): Prisma.Sql {
  return Prisma.sql`CASE WHEN f."exceptionDates" && ARRAY[${clock.today}::date, ${clock.yesterday}::date] THEN ${openByLiveRowsSql(clock, Prisma.sql`f."serviceId"`)}
    ELSE coalesce(f."openMinutes" @> ${clock.minuteOfWeek}::int, false) END`;
}

function openByLiveRowsSql(clock: SearchClock, serviceId: Prisma.Sql): Prisma.Sql {
  const { today, yesterday, weekday, yesterdayWeekday, minutes } = clock;
  const exceptionOn = (day: string) => Prisma.sql`EXISTS (SELECT 1 FROM "HoursException" x WHERE x."serviceId" = w."serviceId" AND x.date = ${day}::date
      AND (x."serviceAtLocationId" IS NULL OR x."serviceAtLocationId" = w."serviceAtLocationId"))`;
  // OFFSET 0 keeps each EXISTS a per-row lookup through the serviceId indexes: without it
  // PostgreSQL may turn it into a hash of every WeeklyHours row of the city, built for the
  // few services that need it (it did: 800 ms for a search by filters alone).
  return Prisma.sql`(EXISTS (
          SELECT 1 FROM "WeeklyHours" w
          WHERE w."serviceId" = ${serviceId} AND (
            (w.weekday = ${weekday}::int AND w."opensAt" <= ${minutes}::int
              AND ${minutes}::int < CASE WHEN w."closesAt" <= w."opensAt" THEN w."closesAt" + 1440 ELSE w."closesAt" END
              AND NOT ${exceptionOn(today)})
            OR (w.weekday = ${yesterdayWeekday}::int AND w."closesAt" <= w."opensAt" AND ${minutes}::int < w."closesAt"
              AND NOT ${exceptionOn(yesterday)}))
          OFFSET 0)
        OR EXISTS (
          SELECT 1 FROM "HoursException" x
          WHERE x."serviceId" = ${serviceId} AND NOT x.closed AND x."opensAt" IS NOT NULL AND x."closesAt" IS NOT NULL AND (
            (x.date = ${today}::date AND x."opensAt" <= ${minutes}::int
              AND ${minutes}::int < CASE WHEN x."closesAt" <= x."opensAt" THEN x."closesAt" + 1440 ELSE x."closesAt" END)
            OR (x.date = ${yesterday}::date AND x."closesAt" <= x."opensAt" AND ${minutes}::int < x."closesAt"))
          OFFSET 0))`;
}
