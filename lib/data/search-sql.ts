import { Prisma } from '../generated/prisma/client';
import type { SearchClock } from '../search/clock';
import { openNowSql } from './search-open-now-sql';
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

/**
 * Bits of the mask `m` each matching service gets: its yes/no traits (precomputed in
 * ServiceSearchDocument.traits by refresh_service_search(), same bits), "open now", and
 * whether it is in the chosen category and speaks the chosen language. Every filter but
 * distance is then one test, `m & bits = bits`, on a row or on a group of rows.
 */
export const TRAIT_BITS: Record<SearchFlag, number> = { free: 1, noid: 2, allstatus: 4, walkin: 8, opennow: 16, wheelchair: 32, interpreter: 64 };
const CATEGORY_BIT = 128;
const LANGUAGE_BIT = 256;

const ORDERS = {
  relevance: Prisma.sql`score DESC, "sortName", "serviceId"`,
  distance: Prisma.sql`distance ASC NULLS LAST, score DESC, "sortName", "serviceId"`,
  name: Prisma.sql`"sortName", "serviceId"`,
};

/** Each active filter group with the bits it requires (distance requires none: it is a radius). */
function activeGroups(input: SearchPassInput): { group: Group; bits: number }[] {
  return [
    ...(input.categoryId ? [{ group: 'category' as const, bits: CATEGORY_BIT }] : []),
    ...(input.lang ? [{ group: 'lang' as const, bits: LANGUAGE_BIT }] : []),
    ...input.flags.map((flag) => ({ group: flag, bits: TRAIT_BITS[flag] })),
    ...(input.origin && input.radius ? [{ group: 'distance' as const, bits: 0 }] : []),
  ];
}

/**
 * "Every active filter except `group`'s", as the bits required and whether the radius applies.
 * An option's count applies every other group's filter.
 */
type Condition = { bits: number; radius: boolean };

function conditionExcept(input: SearchPassInput, group?: Group): Condition {
  const kept = activeGroups(input).filter((g) => g.group !== group);
  return { bits: kept.reduce((bits, g) => bits | g.bits, 0), radius: kept.some((g) => g.group === 'distance') };
}

/** The condition on one matching service (a row of base). */
function rowCondition(input: SearchPassInput, { bits, radius }: Condition): Prisma.Sql {
  const parts = [Prisma.sql`b.m & ${bits}::int = ${bits}::int`];
  if (radius) parts.push(Prisma.sql`b.distance <= ${input.radius}::float8`);
  return Prisma.join(parts, ' AND ');
}

/**
 * Radii in increasing order, with the chosen one: a matching service's distance band is the
 * position of the smallest it is within (past the last: none, or no place), so "within r"
 * is "band <= position of r".
 */
function bandRadii(input: SearchPassInput): number[] {
  return [...new Set([...input.radii, ...(input.radius ? [input.radius] : [])])].sort((a, b) => a - b);
}

function bandSql(input: SearchPassInput): Prisma.Sql {
  if (!input.origin) return Prisma.sql`0`;
  const radii = bandRadii(input);
  return Prisma.sql`CASE ${Prisma.join(radii.map((r, i) => Prisma.sql`WHEN b.distance <= ${r}::float8 THEN ${i}::int`), ' ')} ELSE ${radii.length}::int END`;
}

/** The condition on one group of matching services (a row of groups: same m, same band). */
function groupCondition(input: SearchPassInput, { bits, radius }: Condition, extraBits = 0, within: number | null = null): Prisma.Sql {
  const all = bits | extraBits;
  const parts = [Prisma.sql`m & ${all}::int = ${all}::int`];
  const radii = bandRadii(input);
  if (radius) parts.push(Prisma.sql`band <= ${radii.indexOf(input.radius!)}::int`);
  if (within !== null) parts.push(Prisma.sql`band <= ${radii.indexOf(within)}::int`);
  return Prisma.join(parts, ' AND ');
}

/** Counts of the facets, as json_build_object arguments, summed over the groups. */
function countColumns(input: SearchPassInput): Prisma.Sql {
  const sum = (condition: Prisma.Sql) => Prisma.sql`coalesce(sum(n) FILTER (WHERE ${condition}), 0)`;
  const columns: Prisma.Sql[] = [Prisma.sql`'unfiltered', coalesce(sum(n), 0)`, Prisma.sql`'total', ${sum(groupCondition(input, conditionExcept(input)))}`];
  for (const flag of Object.keys(TRAIT_BITS) as SearchFlag[]) {
    columns.push(Prisma.sql`${`flag:${flag}`}::text, ${sum(groupCondition(input, conditionExcept(input, flag), TRAIT_BITS[flag]))}`);
  }
  for (const { group } of activeGroups(input)) {
    columns.push(Prisma.sql`${`without:${group}`}::text, ${sum(groupCondition(input, conditionExcept(input, group)))}`);
  }
  if (input.origin) {
    for (const radius of input.radii) {
      columns.push(Prisma.sql`${`within:${radius}`}::text, ${sum(groupCondition(input, conditionExcept(input, 'distance'), 0, radius))}`);
    }
  }
  return Prisma.join(columns, ', ');
}

/** Bits of m computed per search: open now, and the chosen category and language. */
function searchBitsSql(input: SearchPassInput): Prisma.Sql {
  const bits = [Prisma.sql`CASE WHEN ${openNowSql(input.clock)} THEN ${TRAIT_BITS.opennow}::int ELSE 0 END`];
  if (input.categoryId) bits.push(Prisma.sql`CASE WHEN ${input.categoryId}::uuid = ANY (f."categoryIds") THEN ${CATEGORY_BIT}::int ELSE 0 END`);
  if (input.lang) bits.push(Prisma.sql`CASE WHEN ${input.lang}::text = ANY (f.languages) THEN ${LANGUAGE_BIT}::int ELSE 0 END`);
  return Prisma.join(bits, ' | ');
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
// When any word may match, query.tsq is already any_word: named_any would repeat named_all.
function nameMatchCtes(input: SearchPassInput): Prisma.Sql {
  if (!input.text) return Prisma.empty;
  const anyWord = input.text.words.length > 1 && !input.text.matchAny ? Prisma.sql`query.any_word` : Prisma.sql`NULL::tsquery`;
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
  const text = input.text ?? { words: [], extras: [], matchAny: false };
  // Without words every score is 0: unless sorted by distance, the page is the first rows in
  // name order that pass the filters, which the name index gives without sorting anything,
  // so base need not be kept (written once, read back several times) — only folded into
  // groups. With words, the page sorts every match by score: base is kept.
  const byName = !input.text && input.order !== 'distance';
  const order = byName ? ORDERS.name : ORDERS[input.order];
  const all = rowCondition(input, conditionExcept(input));
  // base has one narrow row per matching public service. tallies folds base in one pass into
  // three sets of groups (grouping sets): by mask and distance band — typically a few hundred
  // groups for tens of thousands of matches, whose sums give every yes/no and radius count —
  // and by category set and by language set, counting the rows that pass every filter but
  // the category's (the language's); each distinct set's array is then unnested once.
  return Prisma.sql`
    WITH query AS (SELECT * FROM search_query(${text.words}::text[], ${text.extras}::text[], ${input.locale}, ${text.matchAny})),
    ${nameMatchCtes(input)}
    source AS (${sourceSql(input)}),
    base AS ${byName ? Prisma.sql`NOT MATERIALIZED` : Prisma.sql`MATERIALIZED`} (
      SELECT f."serviceId", f.score, f."sortName", f."categorySetId", f."languageSetId", ${distanceSql(input)} AS distance,
        f.traits | ${searchBitsSql(input)} AS m
      FROM source f
      -- PRODUCT T5: published, of a published organization, verified recently enough.
      WHERE f.listed AND (f."verifiedAt" >= ${input.cutoff} OR (f."verifiedAt" IS NULL AND f."createdAt" >= ${input.cutoff}))
    ),
    tallies AS MATERIALIZED (
      SELECT GROUPING(b."categorySetId", b."languageSetId") AS kind, b.m, b.band, b."categorySetId", b."languageSetId",
        count(*)::int AS n,
        count(*) FILTER (WHERE ${rowCondition(input, conditionExcept(input, 'category'))})::int AS "inCategorySet",
        count(*) FILTER (WHERE ${rowCondition(input, conditionExcept(input, 'lang'))})::int AS "inLanguageSet"
      FROM (SELECT b.*, ${bandSql(input)} AS band FROM base b) AS b
      GROUP BY GROUPING SETS ((b.m, b.band), (b."categorySetId"), (b."languageSetId"))
    ),
    groups AS (SELECT m, band, n FROM tallies WHERE kind = ${GROUPED_BY_MASK_AND_BAND}::int),
    page AS (SELECT distance, score, "sortName", "serviceId" FROM base b WHERE ${all} ORDER BY ${order} LIMIT ${input.limit}::int OFFSET ${input.offset}::int)
    SELECT
      (SELECT coalesce(json_agg(json_build_object('slug', s.slug, 'distance', distance) ORDER BY ${order}), '[]'::json)
        FROM page JOIN "Service" s ON s.id = page."serviceId") AS items,
      (SELECT json_build_object(${countColumns(input)}) FROM groups) AS counts,
      (SELECT coalesce(json_object_agg(id, n), '{}'::json) FROM (
        SELECT u.id, sum(t."inCategorySet") AS n
        FROM tallies t JOIN "SearchCategorySet" cs ON cs.id = t."categorySetId" CROSS JOIN unnest(cs."categoryIds") AS u (id)
        WHERE t.kind = ${GROUPED_BY_CATEGORY_SET}::int AND t."inCategorySet" > 0 GROUP BY 1) AS c) AS "categoryCounts",
      (SELECT coalesce(json_object_agg(code, n), '{}'::json) FROM (
        SELECT u.code, sum(t."inLanguageSet") AS n
        FROM tallies t JOIN "SearchLanguageSet" ls ON ls.id = t."languageSetId" CROSS JOIN unnest(ls.languages) AS u (code)
        WHERE t.kind = ${GROUPED_BY_LANGUAGE_SET}::int AND t."inLanguageSet" > 0 GROUP BY 1) AS l) AS "languageCounts",
      (SELECT coalesce(json_agg(slug ORDER BY rank DESC, "sortOrder"), '[]'::json) FROM (
        SELECT c.slug, c."sortOrder", ts_rank(d.document, query.rank_tsq) AS rank
        FROM "CategorySearchDocument" d JOIN "Category" c ON c.id = d."categoryId" CROSS JOIN query
        WHERE d.document @@ query.tsq ORDER BY rank DESC, c."sortOrder" LIMIT 3) AS mc) AS "matchedCategories"`;
}

// GROUPING(categorySetId, languageSetId) of each grouping set of tallies: a bit per column left out.
const GROUPED_BY_MASK_AND_BAND = 3;
const GROUPED_BY_CATEGORY_SET = 1;
const GROUPED_BY_LANGUAGE_SET = 2;

export type SearchPassRow = {
  items: { slug: string; distance: number | null }[];
  counts: Record<string, number>;
  categoryCounts: Record<string, number>;
  languageCounts: Record<string, number>;
  matchedCategories: string[];
};
