import { afterAll, describe, expect, it } from 'vitest';
import type { Prisma } from '../../lib/generated/prisma/client';
import { resolveSearchParams, searchPlanInput } from '../../lib/data/search-input';
import { searchPassSql, type SearchPassInput } from '../../lib/data/search-sql';
import { parseSearchParams } from '../../lib/validation/search-params';
import { testDb } from './support/db';
import { referenceSearchPassSql } from './support/search-reference-sql';

// The search statement counts every filter option from grouped rows (docs/PERFORMANCE.md).
// It must give exactly what counting row by row gives: same results in the same order, same
// count for every option. The reference is the direct, slow statement.
const db = testDb();
afterAll(() => db.$disconnect());

const QUERIES: [locale: string, query: string][] = [
  ['en', ''], ['en', 'q=help'], ['en', 'q=lawyer'], ['es', 'q=abogado gratis'], ['fr', 'q=gratuit'], ['ar', 'q=محامي'],
  ['zh-Hans', 'q=律师'], ['en', 'q=english class'], ['en', 'q=food&free=1'], ['en', 'free=1&walkin=1'], ['en', 'opennow=1'],
  ['es', 'lang=es'], ['ar', 'q=help&lang=ar&free=1'], ['en', 'category=legal-immigration'], ['fr', 'q=gratuit&category=legal-immigration&noid=1'],
  ['en', 'near=frog-hollow'], ['en', 'near=frog-hollow&within=2'], ['en', 'q=help&near=06106&within=5&sort=distance'],
  ['en', 'near=downtown&within=1&opennow=1&wheelchair=1'], ['en', 'q=help&interpreter=1&allstatus=1&page=2'],
  ['en', 'category=health&lang=es&near=06112&within=10&free=1&opennow=1'],
  // Filters alone, not sorted by distance, take their page from the name index: later pages too.
  ['en', 'free=1&page=2'], ['es', 'lang=es&page=3'], ['en', 'near=frog-hollow&within=5&sort=relevance&page=2'],
];

// A weekday morning, an evening, past midnight (hours that began yesterday), a Sunday.
const MOMENTS = ['2026-03-10T14:30:00Z', '2026-03-10T23:45:00Z', '2026-03-11T05:15:00Z', '2026-03-15T17:00:00Z'];

async function inputsFor(locale: string, query: string, now: Date): Promise<SearchPassInput[]> {
  const [categories, areas, settings] = await Promise.all([
    db.category.findMany({ select: { id: true, slug: true } }),
    db.searchArea.findMany({ select: { code: true, latitude: true, longitude: true } }),
    db.settings.findUniqueOrThrow({ where: { id: 1 } }),
  ]);
  const params = parseSearchParams(Object.fromEntries(new URLSearchParams(query)));
  if (!params) throw new Error(`malformed: ${query}`);
  const { applied, category, area } = resolveSearchParams(params, categories, areas);
  const { q, ...rest } = searchPlanInput({ applied, category, area, locale, now, settings, perPage: 5 });
  if (!q) return [{ ...rest, text: null }];
  const [{ words }] = (await db.$queryRaw<{ words: string[] }[]>`SELECT search_words(${q}) AS words`) as [{ words: string[] }];
  const none = words.map(() => '');
  return [{ ...rest, text: { words, extras: none, matchAny: false } }, { ...rest, text: { words, extras: none, matchAny: true } }];
}

async function run(sql: Prisma.Sql) {
  const [row] = await db.$queryRaw<Record<string, unknown>[]>(sql);
  return row!;
}

describe('grouped search counts', () => {
  it('equal the direct count of every option, with the same results in the same order', async () => {
    let nonEmpty = 0;
    for (const moment of MOMENTS) {
      for (const [locale, query] of QUERIES) {
        for (const input of await inputsFor(locale, query, new Date(moment))) {
          const expected = await run(referenceSearchPassSql(input));
          expect(await run(searchPassSql(input)), `${moment} /${locale}/search?${query}`).toEqual(expected);
          if ((expected.counts as { total: number }).total > 0) nonEmpty++;
        }
      }
    }
    // The comparison means something only if most of these searches find services.
    expect(nonEmpty).toBeGreaterThan(MOMENTS.length * QUERIES.length * 0.6);
  });

  it('store traits and category and language sets that agree with the row', async () => {
    const [{ wrong, rows }] = (await db.$queryRaw<{ wrong: number; rows: number }[]>`
      SELECT count(*)::int AS rows, count(*) FILTER (WHERE
        d.traits <> (CASE WHEN d."isFree" THEN 1 ELSE 0 END) + (CASE WHEN d."noIdNeeded" THEN 2 ELSE 0 END)
          + (CASE WHEN d."servesRegardlessOfStatus" THEN 4 ELSE 0 END) + (CASE WHEN d."acceptsWalkIns" THEN 8 ELSE 0 END)
          + (CASE WHEN d."wheelchairAccessible" THEN 32 ELSE 0 END) + (CASE WHEN d."interpreterAvailable" THEN 64 ELSE 0 END)
        OR cs."categoryIds" IS DISTINCT FROM coalesce(d."categoryIds", '{}')
        OR ls.languages IS DISTINCT FROM coalesce(d.languages, '{}'))::int AS wrong
      FROM "ServiceSearchDocument" d
      LEFT JOIN "SearchCategorySet" cs ON cs.id = d."categorySetId"
      LEFT JOIN "SearchLanguageSet" ls ON ls.id = d."languageSetId"`) as [{ wrong: number; rows: number }];
    expect(rows).toBeGreaterThan(0);
    expect(wrong).toBe(0);
  });
});

describe('search query alternatives', () => {
  it('leave out only the alternatives another covers: same services, fewer index lookups', async () => {
    const cases: [string[], string][] = [
      [['immigration'], 'fr'], [['abogados', 'gratis'], 'es'], [['lawyer'], 'en'], [['clases', 'ingles'], 'es'],
      [['محامي'], 'ar'], [['律师'], 'zh-Hans'], [['help'], 'en'], [['avoka'], 'ht'],
    ];
    let shortened = 0;
    for (const [words, locale] of cases) {
      for (const matchAny of [false, true]) {
        const [row] = await db.$queryRaw<{ fewer: number; all: number; fewerNames: number; allNames: number; nodes: number; allNodes: number }[]>`
          WITH query AS (SELECT * FROM search_query(${words}::text[], ${words.map(() => '')}::text[], ${locale}, ${matchAny}))
          SELECT (SELECT count(*)::int FROM "ServiceSearchDocument" f, query WHERE f.document @@ query.tsq) AS fewer,
            (SELECT count(*)::int FROM "ServiceSearchDocument" f, query WHERE f.document @@ query.rank_tsq) AS "all",
            (SELECT count(*)::int FROM "ServiceSearchDocument" f, query WHERE f.names @@ query.tsq) AS "fewerNames",
            (SELECT count(*)::int FROM "ServiceSearchDocument" f, query WHERE f.names @@ query.rank_tsq) AS "allNames",
            (SELECT numnode(tsq) FROM query) AS nodes, (SELECT numnode(rank_tsq) FROM query) AS "allNodes"`;
        const label = `${locale} ${words.join(' ')}${matchAny ? ' (any word)' : ''}`;
        expect(row!.fewer, label).toBe(row!.all);
        expect(row!.fewerNames, label).toBe(row!.allNames);
        expect(row!.nodes, label).toBeLessThanOrEqual(row!.allNodes);
        if (row!.nodes < row!.allNodes) shortened++;
      }
    }
    expect(shortened).toBeGreaterThan(0);
  });
});
