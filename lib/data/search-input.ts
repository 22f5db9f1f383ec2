import { searchClock } from '../search/clock';
import { SEARCH_RADII, type SearchParams, type SearchSort } from '../validation/search-params';
import type { SearchPlanInput } from './search-plan';
import { verificationCutoff } from './visibility';

// From the URL's values to the search plan's input: values that name nothing we know are
// dropped and reported (lib/validation/search-params.ts explains the policy). No database
// access here, so the benchmark builds its inputs exactly as the page does.

/** A URL value that named nothing we know, so the search ran without it. */
export type IgnoredParam = 'category' | 'near' | 'within' | 'sort';

type CategoryRef = { id: string; slug: string };
type AreaRef = { code: string; latitude: number; longitude: number };

export function resolveSearchParams<C extends CategoryRef, A extends AreaRef>(params: SearchParams, categories: C[], areas: A[]) {
  const ignored: IgnoredParam[] = [];
  const category = params.category ? (categories.find((c) => c.slug === params.category) ?? null) : null;
  if (params.category && !category) ignored.push('category');
  const area = params.near ? (areas.find((a) => a.code === params.near) ?? null) : null;
  if (params.near && !area) ignored.push('near');
  const radius = params.within !== null && (SEARCH_RADII as readonly number[]).includes(params.within) ? params.within : null;
  if (area && params.within !== null && radius === null) ignored.push('within');
  let sort: SearchSort | null = params.sort === 'relevance' || params.sort === 'distance' ? params.sort : null;
  if (params.sort && (!sort || (sort === 'distance' && !area))) {
    ignored.push('sort');
    sort = null;
  }
  const applied: SearchParams = { ...params, category: category?.slug ?? null, near: area?.code ?? null, within: area ? radius : null, sort };
  return { applied, ignored, category, area };
}

type PlanContext = {
  applied: SearchParams;
  category: CategoryRef | null;
  area: AreaRef | null;
  locale: string;
  now: Date;
  settings: { timezone: string; verifyHideAfterDays: number };
  perPage: number;
};

/** Words sort by relevance; a place without words sorts by distance; neither, by name. */
export function searchPlanInput({ applied, category, area, locale, now, settings, perPage }: PlanContext): SearchPlanInput {
  const order = applied.sort === 'distance' || (!applied.q && area && applied.sort !== 'relevance') ? 'distance' : applied.q ? 'relevance' : 'name';
  return {
    q: applied.q,
    locale,
    categoryId: category?.id ?? null,
    lang: applied.lang,
    flags: applied.flags,
    origin: area ? { latitude: area.latitude, longitude: area.longitude } : null,
    radius: applied.within,
    radii: SEARCH_RADII,
    order,
    clock: searchClock(now, settings.timezone),
    cutoff: verificationCutoff(settings.verifyHideAfterDays, now),
    limit: perPage,
    offset: (applied.page - 1) * perPage,
  };
}
