import { Prisma } from '../generated/prisma/client';
import type { SearchClock } from '../search/clock';
import { openNowCtes } from './search-open-now-sql';
import type { SearchFlag } from '../validation/search-params';

// The one SQL statement behind a search page: match, make public, filter, count every
// filter option, sort and cut one page, in a single round trip. User input only ever
// travels as bound parameters; the query text becomes a tsquery inside search_query(),
// which quotes each word, so "' OR 1=1 --" and "&|!:*()" are just words (or nothing).

export type SearchText = { words: string[]; extras: string[]; matchAny: boolean };

export type SearchPassInput = {
  /** null: no words, every public service (a search by filters alone). */
  text: SearchText | null;
  locale: string;
  categoryId: string | null;
  lang: string | null;
  flags: SearchFlag[];
  origin: { latitude: number; longitude: number } | null;
  radius: number | null;
  radii: readonly number[];
  order: 'relevance' | 'distance' | 'name';
  clock: SearchClock;
  /** T5: services verified (or created) before this are hidden. */
  cutoff: Date;
  limit: number;
  offset: number;
};

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

export function searchPassSql(input: SearchPassInput): Prisma.Sql {
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
        SELECT c.slug, c."sortOrder", ts_rank(d.document, query.tsq) AS rank
        FROM "CategorySearchDocument" d JOIN "Category" c ON c.id = d."categoryId" CROSS JOIN query
        WHERE d.document @@ query.tsq ORDER BY rank DESC, c."sortOrder" LIMIT 3) AS mc) AS "matchedCategories"`;
}

export type SearchPassRow = {
  items: { slug: string; distance: number | null }[];
  counts: Record<string, number>;
  categoryCounts: Record<string, number>;
  languageCounts: Record<string, number>;
  matchedCategories: string[];
};
