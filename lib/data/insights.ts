import 'server-only';
import { db } from '../db';
import { normalizeQueryForInsights } from '../insights/normalize-query';
import { ZERO_RESULT_THRESHOLD, ZeroResultCounter } from '../insights/zero-result-counter';
import { zonedParts } from '../time/zoned';

// PRODUCT A10: needs insights without surveillance. A search adds 1 to a per-day counter
// (day, locale, category); nothing about who searched, when exactly, or from where is kept.
// Query text is kept only for searches that found nothing, normalized, and only once the same
// text reached 3 that day (counted in memory, lib/insights/zero-result-counter.ts).

export type SearchForInsights = {
  locale: string;
  /** The category filter, or the category the words matched best; null when none. */
  categorySlug: string | null;
  query: string;
  total: number;
  /** Only the first page counts: paging through results is the same search. */
  page: number;
  timeZone: string;
  now?: Date;
};

const zeroResults = new ZeroResultCounter();

/** Adds one search to the day's counts. Never throws: a search must not fail because of it. */
export async function recordSearch(search: SearchForInsights): Promise<void> {
  if (search.page !== 1 || (!search.query && !search.categorySlug)) return;
  try {
    const day = zonedParts(search.now ?? new Date(), search.timeZone).dateKey;
    const zero = search.total === 0 ? 1 : 0;
    await db.$executeRaw`
      INSERT INTO "SearchDailyStat" (id, day, locale, "categorySlug", searches, "zeroResults")
      VALUES (gen_random_uuid(), ${day}::date, ${search.locale}, ${search.categorySlug ?? ''}, 1, ${zero})
      ON CONFLICT (day, locale, "categorySlug")
      DO UPDATE SET searches = "SearchDailyStat".searches + 1, "zeroResults" = "SearchDailyStat"."zeroResults" + ${zero}`;
    if (zero) await countZeroResultQuery(day, search.locale, search.query);
  } catch {
    // Losing one count is better than losing the visitor's search.
  }
}

async function countZeroResultQuery(day: string, locale: string, query: string) {
  const text = normalizeQueryForInsights(query);
  if (!text) return;
  const count = zeroResults.add(day, locale, text);
  if (count < ZERO_RESULT_THRESHOLD) return;
  // At the threshold the held count is written at once; later searches add one each.
  // (After a restart the row may exist already: the new threshold's worth is added.)
  const add = count === ZERO_RESULT_THRESHOLD ? ZERO_RESULT_THRESHOLD : 1;
  await db.$executeRaw`
    INSERT INTO "ZeroResultQuery" (id, day, locale, query, count)
    VALUES (gen_random_uuid(), ${day}::date, ${locale}, ${text}, ${add})
    ON CONFLICT (day, locale, query) DO UPDATE SET count = "ZeroResultQuery".count + ${add}`;
}
