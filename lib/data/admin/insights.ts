import 'server-only';
import { assertRole, type Actor } from '../../auth/actor';
import { db } from '../../db';
import { addDays } from '../../time/zoned';
import { daysBetween } from '../../validation/insights';

// A10 for staff: the aggregate search counts of a date range. There is nothing finer to
// show: lib/data/insights.ts only ever stores per-day counts.

export type DailySearches = { day: string; searches: number; zeroResults: number };
export type GroupedSearches = { key: string; searches: number; zeroResults: number };

export type SearchInsights = {
  days: DailySearches[];
  byCategory: GroupedSearches[];
  byLocale: GroupedSearches[];
  zeroResultQueries: { locale: string; query: string; count: number }[];
  totals: { searches: number; zeroResults: number };
};

const dateOf = (key: string) => new Date(`${key}T00:00:00Z`);

export async function getSearchInsights(actor: Actor | null, range: { from: string; to: string }): Promise<SearchInsights> {
  assertRole(actor, 'admin', 'staff');
  const where = { day: { gte: dateOf(range.from), lte: dateOf(range.to) } };
  const sums = { _sum: { searches: true, zeroResults: true } } as const;
  const [perDay, perCategory, perLocale, queries] = await Promise.all([
    db.searchDailyStat.groupBy({ by: ['day'], where, ...sums }),
    db.searchDailyStat.groupBy({ by: ['categorySlug'], where, ...sums }),
    db.searchDailyStat.groupBy({ by: ['locale'], where, ...sums }),
    db.zeroResultQuery.groupBy({ by: ['locale', 'query'], where, _sum: { count: true }, orderBy: { _sum: { count: 'desc' } }, take: 100 }),
  ]);
  const counts = (row: { _sum: { searches: number | null; zeroResults: number | null } }) => ({
    searches: row._sum.searches ?? 0,
    zeroResults: row._sum.zeroResults ?? 0,
  });
  // Every day of the range, with zeros, so the chart's gaps are real gaps.
  const byDay = new Map(perDay.map((row) => [row.day.toISOString().slice(0, 10), counts(row)]));
  const days = Array.from({ length: daysBetween(range.from, range.to) + 1 }, (_, i) => {
    const day = addDays(range.from, i);
    return { day, ...(byDay.get(day) ?? { searches: 0, zeroResults: 0 }) };
  });
  const grouped = (rows: { key: string; searches: number; zeroResults: number }[]) =>
    rows.sort((a, b) => b.searches - a.searches || (a.key < b.key ? -1 : 1));
  return {
    days,
    byCategory: grouped(perCategory.map((row) => ({ key: row.categorySlug, ...counts(row) }))),
    byLocale: grouped(perLocale.map((row) => ({ key: row.locale, ...counts(row) }))),
    zeroResultQueries: queries.map((row) => ({ locale: row.locale, query: row.query, count: row._sum.count ?? 0 })),
    totals: days.reduce((t, d) => ({ searches: t.searches + d.searches, zeroResults: t.zeroResults + d.zeroResults }), { searches: 0, zeroResults: 0 }),
  };
}
