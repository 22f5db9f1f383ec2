import { Prisma } from '../../../lib/generated/prisma/client';
import type { SearchClock } from '../../../lib/search/clock';
import type { SearchPassInput } from '../../../lib/data/search-sql';
import type { SearchFlag } from '../../../lib/validation/search-params';

// The reference for lib/data/search-sql.ts: the search statement as it was before counts were
// grouped (docs/PERFORMANCE.md), counting every option row by row in the most direct way —
// a count(*) FILTER per option, unnest per category and language, "open now" for the
// services with an exception today from a list computed up front. Slow at 50,000 services,
// obviously right; the fast statement must give exactly the same results
// (tests/integration/search-reference.test.ts; `npm run bench:search -- --check` at 50,000).

type Group = 'category' | 'lang' | 'distance' | SearchFlag;

const FLAG_COLUMNS: Record<SearchFlag, Prisma.Sql> = {
  free: Prisma.sql`b."isFree"`,
  noid: Prisma.sql`b."noIdNeeded"`,
  allstatus: Prisma.sql`b."servesRegardlessOfStatus"`,
  walkin: Prisma.sql`b."acceptsWalkIns"`,
  opennow: Prisma.sql`b.open_now`,
  wheelchair: Prisma.sql`b."wheelchairAccessible"`,
  interpreter: Prisma.sql`b."interpreterAvailable"`,
};

const ORDERS = {
  relevance: Prisma.sql`score DESC, "sortName", "serviceId"`,
  distance: Prisma.sql`distance ASC NULLS LAST, score DESC, "sortName", "serviceId"`,
  name: Prisma.sql`"sortName", "serviceId"`,
};

function filterPredicates(input: SearchPassInput): { group: Group; sql: Prisma.Sql }[] {
  return [
    ...(input.categoryId ? [{ group: 'category' as const, sql: Prisma.sql`${input.categoryId}::uuid = ANY (b."categoryIds")` }] : []),
    ...(input.lang ? [{ group: 'lang' as const, sql: Prisma.sql`${input.lang}::text = ANY (b.languages)` }] : []),
    ...input.flags.map((flag) => ({ group: flag, sql: FLAG_COLUMNS[flag] })),
    ...(input.origin && input.radius ? [{ group: 'distance' as const, sql: Prisma.sql`b.distance <= ${input.radius}::float8` }] : []),
  ];
}

/** Counts of the facets, as json_build_object arguments. An option's count applies every other group's filter. */
function countColumns(input: SearchPassInput, allExcept: (group?: Group) => Prisma.Sql): Prisma.Sql {
  const columns: Prisma.Sql[] = [Prisma.sql`'unfiltered', count(*)`, Prisma.sql`'total', count(*) FILTER (WHERE ${allExcept()})`];
  for (const flag of Object.keys(FLAG_COLUMNS) as SearchFlag[]) {
    columns.push(Prisma.sql`${`flag:${flag}`}::text, count(*) FILTER (WHERE ${allExcept(flag)} AND ${FLAG_COLUMNS[flag]})`);
  }
  for (const { group } of filterPredicates(input)) {
    columns.push(Prisma.sql`${`without:${group}`}::text, count(*) FILTER (WHERE ${allExcept(group)})`);
  }
  if (input.origin) {
    for (const radius of input.radii) {
      columns.push(Prisma.sql`${`within:${radius}`}::text, count(*) FILTER (WHERE ${allExcept('distance')} AND b.distance <= ${radius}::float8)`);
    }
  }
  return Prisma.join(columns, ', ');
}

// The matching services with their score: 1 when their name holds every word (0.5 some word),
// plus 0.4 when the words name their primary category (0.2 another of theirs). The GIN indexes
// answer all of it; the large vectors themselves are never read. Without words, every row.
function sourceSql(input: SearchPassInput): Prisma.Sql {
  if (!input.text) return Prisma.sql`SELECT f.*, 0::real AS score FROM "ServiceSearchDocument" f`;
  return Prisma.sql`
    SELECT f.*,
      CASE WHEN f."serviceId" IN (SELECT "serviceId" FROM named_all) THEN 1.0
        WHEN f."serviceId" IN (SELECT "serviceId" FROM named_any) THEN 0.5 ELSE 0 END
      + CASE WHEN f."primaryCategoryId" = ANY (query.category_ids) THEN 0.4
        WHEN f."categoryIds" && query.category_ids THEN 0.2 ELSE 0 END AS score
    FROM "ServiceSearchDocument" f CROSS JOIN query
    WHERE f.document @@ query.tsq`;
}

// Names hold all of a service's words that are in its names, so these need only the names index.
function nameMatchCtes(input: SearchPassInput): Prisma.Sql {
  if (!input.text) return Prisma.empty;
  const anyWord = input.text.words.length > 1 ? Prisma.sql`query.any_word` : Prisma.sql`NULL::tsquery`;
  return Prisma.sql`
    named_all AS (SELECT "serviceId" FROM "ServiceSearchDocument" f CROSS JOIN query WHERE f.names @@ query.tsq),
    named_any AS (SELECT "serviceId" FROM "ServiceSearchDocument" f CROSS JOIN query WHERE f.names @@ ${anyWord}),`;
}

// The nearest of a service's places. Most have one to three: compared inline, which is much
// cheaper per row than unnesting the arrays.
function distanceSql(input: SearchPassInput): Prisma.Sql {
  if (!input.origin) return Prisma.sql`NULL::float8`;
  const { latitude, longitude } = input.origin;
  const to = (lat: Prisma.Sql, lng: Prisma.Sql) => Prisma.sql`search_distance_miles(${latitude}::float8, ${longitude}::float8, ${lat}, ${lng})`;
  const place = (i: number) => to(Prisma.raw(`f.latitudes[${i}]`), Prisma.raw(`f.longitudes[${i}]`));
  return Prisma.sql`CASE WHEN cardinality(f.latitudes) <= 3 THEN least(${place(1)}, ${place(2)}, ${place(3)})
    ELSE (SELECT min(${to(Prisma.raw('p.lat'), Prisma.raw('p.lng'))}) FROM unnest(f.latitudes, f.longitudes) AS p (lat, lng)) END`;
}

export function referenceSearchPassSql(input: SearchPassInput): Prisma.Sql {
  const predicates = filterPredicates(input);
  const allExcept = (group?: Group) => {
    const kept = predicates.filter((p) => p.group !== group).map((p) => p.sql);
    return kept.length ? Prisma.sql`(${Prisma.join(kept, ' AND ')})` : Prisma.sql`TRUE`;
  };
  const text = input.text ?? { words: [], extras: [], matchAny: false };
  const order = ORDERS[input.order];
  return Prisma.sql`
    WITH query AS (SELECT * FROM search_query(${text.words}::text[], ${text.extras}::text[], ${input.locale}, ${text.matchAny})),
    ${nameMatchCtes(input)}
    ${openNowCtes(input.clock)},
    source AS (${sourceSql(input)}),
    base AS MATERIALIZED (
      SELECT f."serviceId", f.score, f."sortName", f."categoryIds", f.languages, f."isFree", f."acceptsWalkIns", f."noIdNeeded",
        f."servesRegardlessOfStatus", f."interpreterAvailable", f."wheelchairAccessible", ${distanceSql(input)} AS distance,
        CASE WHEN f."serviceId" IN (SELECT "serviceId" FROM exceptional) THEN f."serviceId" IN (SELECT "serviceId" FROM open_exceptional)
          ELSE coalesce(f."openMinutes" @> ${input.clock.minuteOfWeek}::int, false) END AS open_now
      FROM source f
      -- PRODUCT T5: published, of a published organization, verified recently enough.
      WHERE f.listed AND (f."verifiedAt" >= ${input.cutoff} OR (f."verifiedAt" IS NULL AND f."createdAt" >= ${input.cutoff}))
    ),
    page AS (SELECT distance, score, "sortName", "serviceId" FROM base b WHERE ${allExcept()} ORDER BY ${order} LIMIT ${input.limit}::int OFFSET ${input.offset}::int)
    SELECT
      (SELECT coalesce(json_agg(json_build_object('slug', s.slug, 'distance', distance) ORDER BY ${order}), '[]'::json)
        FROM page JOIN "Service" s ON s.id = page."serviceId") AS items,
      (SELECT json_build_object(${countColumns(input, allExcept)}) FROM base b) AS counts,
      (SELECT coalesce(json_object_agg(id, n), '{}'::json) FROM (
        SELECT unnest(b."categoryIds") AS id, count(*) AS n FROM base b WHERE ${allExcept('category')} GROUP BY 1) AS c) AS "categoryCounts",
      (SELECT coalesce(json_object_agg(code, n), '{}'::json) FROM (
        SELECT unnest(b.languages) AS code, count(*) AS n FROM base b WHERE ${allExcept('lang')} GROUP BY 1) AS l) AS "languageCounts",
      (SELECT coalesce(json_agg(slug ORDER BY rank DESC, "sortOrder"), '[]'::json) FROM (
        SELECT c.slug, c."sortOrder", ts_rank(d.document, query.rank_tsq) AS rank
        FROM "CategorySearchDocument" d JOIN "Category" c ON c.id = d."categoryId" CROSS JOIN query
        WHERE d.document @@ query.tsq ORDER BY rank DESC, c."sortOrder" LIMIT 3) AS mc) AS "matchedCategories"`;
}

// Weekly hours are precomputed as minutes of the week. A service with an exception (holiday,
// special hours) today or yesterday is decided from its live rows, by the rules of
// lib/hours/open-status.ts: an exception replaces the hours that start on its day. Those
// services are few, so they are settled first, one by one, through indexes.
function openNowCtes(clock: SearchClock): Prisma.Sql {
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
