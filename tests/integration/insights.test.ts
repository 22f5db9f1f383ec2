import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSearchInsights } from '../../lib/data/admin/insights';
import { recordSearch } from '../../lib/data/insights';
import { demoActor } from './support/actors';
import { testDb } from './support/db';
import { search } from './support/search';

// A10 against the real database. Every search here happens on a day long past (`now`), so
// the rows are this file's own; they are removed before and after.
const db = testDb();
const DAY = '2001-02-03';
const now = new Date(`${DAY}T15:00:00Z`); // mid-morning in the demo city (New York)
const dayDate = new Date(`${DAY}T00:00:00Z`);

async function clean() {
  await db.searchDailyStat.deleteMany({ where: { day: dayDate } });
  await db.zeroResultQuery.deleteMany({ where: { day: dayDate } });
}
beforeAll(clean);
afterAll(async () => {
  await clean();
  await db.$disconnect();
});

describe('A10 search insights', () => {
  it('counts searches from the search data path per day, locale and category, with nothing else', async () => {
    await search('es', { q: 'abogado' }, now);
    await search('es', { q: 'abogado', page: '1', free: '1' }, now);
    await search('fr', { q: '', category: 'health' }, now);
    await search('en', { q: '' }, now); // no words, no category: not a search
    const rows = await db.searchDailyStat.findMany({ where: { day: dayDate }, orderBy: [{ locale: 'asc' }, { categorySlug: 'asc' }] });
    expect(rows.map(({ locale, categorySlug, searches, zeroResults }) => ({ locale, categorySlug, searches, zeroResults }))).toEqual([
      { locale: 'es', categorySlug: 'legal-immigration', searches: 2, zeroResults: 0 },
      { locale: 'fr', categorySlug: 'health', searches: 1, zeroResults: 0 },
    ]);
  });

  it('does not count further pages of the same search', async () => {
    const first = await search('es', { q: 'clases' }, now);
    expect(first.pageCount).toBeGreaterThan(1);
    const before = await db.searchDailyStat.aggregate({ where: { day: dayDate }, _sum: { searches: true } });
    await search('es', { q: 'clases', page: '2' }, now);
    const after = await db.searchDailyStat.aggregate({ where: { day: dayDate }, _sum: { searches: true } });
    expect(after._sum.searches).toBe(before._sum.searches);
  });

  it('keeps the words of a search without results only from the third time that day, normalized', async () => {
    const words = 'Qqqzzzxxv Wwwkkkjjq!';
    const stored = () => db.zeroResultQuery.findMany({ where: { day: dayDate, locale: 'pt' } });
    expect((await search('pt', { q: words }, now)).total).toBe(0);
    await search('pt', { q: 'qqqzzzxxv   wwwkkkjjq' }, now);
    expect(await stored()).toEqual([]);
    await search('pt', { q: words }, now);
    expect((await stored()).map(({ query, count }) => ({ query, count }))).toEqual([{ query: 'qqqzzzxxv wwwkkkjjq', count: 3 }]);
    await search('pt', { q: words }, now);
    expect((await stored())[0]!.count).toBe(4);
    const zero = await db.searchDailyStat.findFirstOrThrow({ where: { day: dayDate, locale: 'pt', categorySlug: '' } });
    expect(zero).toMatchObject({ searches: 4, zeroResults: 4 });
  });

  it('never keeps words that look like contact details, however often they are searched', async () => {
    for (let i = 0; i < 4; i++) await recordSearch({ locale: 'ht', categorySlug: null, query: 'rele 555 016 7233', total: 0, page: 1, timeZone: 'America/New_York', now });
    for (let i = 0; i < 4; i++) await recordSearch({ locale: 'ht', categorySlug: null, query: 'me@example.org', total: 0, page: 1, timeZone: 'America/New_York', now });
    expect(await db.zeroResultQuery.count({ where: { day: dayDate, locale: 'ht' } })).toBe(0);
    expect((await db.searchDailyStat.findFirstOrThrow({ where: { day: dayDate, locale: 'ht' } })).zeroResults).toBe(8);
  });

  it('shows staff the range with every day, and refuses partners', async () => {
    const staff = await demoActor(db, 'staff');
    const insights = await getSearchInsights(staff, { from: '2001-02-01', to: '2001-02-05' });
    expect(insights.days.map((d) => d.day)).toEqual(['2001-02-01', '2001-02-02', '2001-02-03', '2001-02-04', '2001-02-05']);
    expect(insights.days[2]!.searches).toBe(insights.totals.searches);
    expect(insights.days[0]).toEqual({ day: '2001-02-01', searches: 0, zeroResults: 0 });
    expect(insights.byLocale.map((r) => r.key)).toContain('pt');
    expect(insights.zeroResultQueries).toEqual([{ locale: 'pt', query: 'qqqzzzxxv wwwkkkjjq', count: 4 }]);
    await expect(getSearchInsights(await demoActor(db, 'partner'), { from: DAY, to: DAY })).rejects.toThrow(/requires/);
    await expect(getSearchInsights(null, { from: DAY, to: DAY })).rejects.toThrow();
  });

  it('stores no table column that could hold a visitor, a time of day or raw text of a search with results', async () => {
    const columns = await db.$queryRaw<{ table_name: string; column_name: string }[]>`
      SELECT table_name, column_name FROM information_schema.columns
      WHERE table_name IN ('SearchDailyStat', 'ZeroResultQuery') ORDER BY table_name, column_name`;
    expect(columns.map((c) => `${c.table_name}.${c.column_name}`)).toEqual([
      'SearchDailyStat.categorySlug', 'SearchDailyStat.day', 'SearchDailyStat.id', 'SearchDailyStat.locale', 'SearchDailyStat.searches', 'SearchDailyStat.zeroResults',
      'ZeroResultQuery.count', 'ZeroResultQuery.day', 'ZeroResultQuery.id', 'ZeroResultQuery.locale', 'ZeroResultQuery.query',
    ]);
  });
});
