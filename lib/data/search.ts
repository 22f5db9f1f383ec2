import 'server-only';
import { db } from '../db';
import type { SearchFilterKey } from '../search/url';
import { SEARCH_FLAGS, SEARCH_RADII, type SearchFlag, type SearchParams } from '../validation/search-params';
import { recordSearch } from './insights';
import type { LocalizedText } from './localize';
import { resolveSearchParams, searchPlanInput, type IgnoredParam } from './search-input';
import { listSearchAreas, listSearchCategories, type SearchArea } from './search-lookups';
import { runSearchPlan, type SearchMatch, type SqlRunner } from './search-plan';
import { listPublicServiceCardsBySlugs, type ServiceCard } from './services';
import { getPublicSettings } from './settings';

// Public search (PRODUCT P2, L4): resolves the URL's values against the database, runs the
// search plan and shapes everything the page shows — results, counts next to every filter
// option, and the help a search without results offers.

export const SEARCH_PER_PAGE = 20;

export type SearchResultCard = ServiceCard & { distanceMiles: number | null };

export type { IgnoredParam };

export type SearchOutcome = {
  /** The search as it ran: unknown values removed. Links on the page start from this. */
  params: SearchParams;
  ignored: IgnoredParam[];
  order: 'relevance' | 'distance' | 'name';
  match: SearchMatch;
  /** Similar words the search also looked for (typo tolerance). */
  corrections: string[];
  total: number;
  page: number;
  pageCount: number;
  items: SearchResultCard[];
  /** Categories the words are about ("abogado" → legal help), best first. */
  matchedCategories: { slug: string; name: LocalizedText }[];
  facets: {
    categories: { slug: string; name: LocalizedText; count: number }[];
    languages: { code: string; count: number }[];
    flags: Record<SearchFlag, number>;
    /** Per radius, when a place is chosen. */
    within: { miles: number; count: number }[] | null;
    areas: SearchArea[];
  };
  /** How many results the words alone find, and without each active filter. */
  unfiltered: number;
  withoutFilter: Partial<Record<SearchFilterKey, number>>;
  /** For a search without results: the category to browse instead. */
  broaderCategory: { slug: string; name: LocalizedText } | null;
};

const runOnDb: SqlRunner = (query, options) =>
  options?.workMem
    ? db.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT set_config('work_mem', ${options.workMem}, true), set_config('jit', 'off', true)`;
        return tx.$queryRaw(query);
      })
    : db.$queryRaw(query);

export async function searchPublicServices(params: SearchParams, locale: string, now = new Date()): Promise<SearchOutcome> {
  const [settings, categories, areas] = await Promise.all([getPublicSettings(), listSearchCategories(locale), listSearchAreas()]);
  const { applied, ignored, category, area } = resolveSearchParams(params, categories, areas);
  const input = searchPlanInput({ applied, category, area, locale, now, settings, perPage: SEARCH_PER_PAGE });
  const { order } = input;
  const plan = await runSearchPlan(runOnDb, input);

  const bySlug = new Map(categories.map((c) => [c.slug, c]));
  const matchedCategories = plan.matchedCategories.flatMap((slug) => bySlug.get(slug) ?? []).map(({ slug, name }) => ({ slug, name }));
  const [cards] = await Promise.all([
    listPublicServiceCardsBySlugs(plan.items.map((item) => item.slug), locale, now),
    // A10: one more search in today's aggregate counts (no visitor data; lib/data/insights.ts).
    recordSearch({
      locale, query: applied.q, total: plan.total, page: applied.page, timeZone: settings.timezone, now,
      categorySlug: applied.category ?? matchedCategories[0]?.slug ?? null,
    }),
  ]);
  const distances = new Map(plan.items.map((item) => [item.slug, item.distance]));
  const count = (key: string) => plan.counts[key] ?? 0;
  const parent = category?.parentId ? categories.find((c) => c.id === category.parentId) : undefined;
  const broader = parent ?? (category ? undefined : matchedCategories[0]);

  return {
    params: applied,
    ignored,
    order,
    match: plan.match,
    corrections: plan.corrections,
    total: plan.total,
    page: applied.page,
    pageCount: Math.max(1, Math.ceil(plan.total / SEARCH_PER_PAGE)),
    items: cards.map((card) => ({ ...card, distanceMiles: distances.get(card.slug) ?? null })),
    matchedCategories,
    facets: {
      categories: categories
        .filter((c) => c.parentId === null || c.slug === applied.category)
        .map((c) => ({ slug: c.slug, name: c.name, count: plan.categoryCounts[c.id] ?? 0 }))
        .filter((c) => c.count > 0 || c.slug === applied.category),
      languages: languageOptions(plan.languageCounts, applied.lang),
      flags: Object.fromEntries(SEARCH_FLAGS.map((flag) => [flag, count(`flag:${flag}`)])) as Record<SearchFlag, number>,
      within: area ? SEARCH_RADII.map((miles) => ({ miles, count: count(`within:${miles}`) })) : null,
      areas,
    },
    unfiltered: count('unfiltered'),
    withoutFilter: withoutFilterCounts(applied, plan.counts),
    broaderCategory: broader ? { slug: broader.slug, name: broader.name } : null,
  };
}

function languageOptions(counts: Record<string, number>, selected: string | null) {
  const options = Object.entries(counts).map(([code, count]) => ({ code, count }));
  if (selected && !(selected in counts)) options.push({ code: selected, count: 0 });
  return options.sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1));
}

function withoutFilterCounts(params: SearchParams, counts: Record<string, number>): Partial<Record<SearchFilterKey, number>> {
  const result: Partial<Record<SearchFilterKey, number>> = {};
  const set = (key: SearchFilterKey, group: string) => {
    if (`without:${group}` in counts) result[key] = counts[`without:${group}`];
  };
  if (params.category) set('category', 'category');
  if (params.lang) set('lang', 'lang');
  for (const flag of params.flags) set(flag, flag);
  if (params.within) {
    set('within', 'distance');
    set('near', 'distance');
  }
  return result;
}
