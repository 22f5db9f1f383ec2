import { Prisma } from '../generated/prisma/client';
import type { SearchClock } from '../search/clock';

// Weekly hours are precomputed as minutes of the week. A service with an exception (holiday,
// special hours) today or yesterday is decided from its live rows, by the rules of
// lib/hours/open-status.ts: an exception replaces the hours that start on its day. Those
// services are few, so they are settled first, one by one, through indexes.
export function openNowCtes(clock: SearchClock): Prisma.Sql {
  const { today, yesterday, weekday, yesterdayWeekday, minutes } = clock;
  const exceptionOn = (day: string) => Prisma.sql`EXISTS (SELECT 1 FROM "HoursException" x WHERE x."serviceId" = w."serviceId" AND x.date = ${day}::date
      AND (x."serviceAtLocationId" IS NULL OR x."serviceAtLocationId" = w."serviceAtLocationId"))`;
  return Prisma.sql`
    exceptional AS MATERIALIZED (SELECT DISTINCT "serviceId" FROM "HoursException" WHERE date IN (${today}::date, ${yesterday}::date)),
    open_exceptional AS MATERIALIZED (
      SELECT e."serviceId" FROM exceptional e
      WHERE EXISTS (
          SELECT 1 FROM "WeeklyHours" w
          WHERE w."serviceId" = e."serviceId" AND (
            (w.weekday = ${weekday}::int AND w."opensAt" <= ${minutes}::int
              AND ${minutes}::int < CASE WHEN w."closesAt" <= w."opensAt" THEN w."closesAt" + 1440 ELSE w."closesAt" END
              AND NOT ${exceptionOn(today)})
            OR (w.weekday = ${yesterdayWeekday}::int AND w."closesAt" <= w."opensAt" AND ${minutes}::int < w."closesAt"
              AND NOT ${exceptionOn(yesterday)})))
        OR EXISTS (
          SELECT 1 FROM "HoursException" x
          WHERE x."serviceId" = e."serviceId" AND NOT x.closed AND x."opensAt" IS NOT NULL AND x."closesAt" IS NOT NULL AND (
            (x.date = ${today}::date AND x."opensAt" <= ${minutes}::int
              AND ${minutes}::int < CASE WHEN x."closesAt" <= x."opensAt" THEN x."closesAt" + 1440 ELSE x."closesAt" END)
            OR (x.date = ${yesterday}::date AND x."closesAt" <= x."opensAt" AND ${minutes}::int < x."closesAt")))
    )`;
}
