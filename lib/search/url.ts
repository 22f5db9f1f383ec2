import { SEARCH_FLAGS, type SearchFlag, type SearchParams } from '../validation/search-params';

// Every state of the search page is a URL (PRODUCT P2: shareable, works without JavaScript).
// Links that change a filter start again at page 1; pagination keeps everything else.

export type SearchChange = Partial<Omit<SearchParams, 'flags'>> & { flags?: SearchFlag[] };

/** The query string for a search, in a fixed order, without empty or default values. */
export function searchQueryString(params: SearchParams): string {
  const query = new URLSearchParams();
  if (params.q) query.set('q', params.q);
  if (params.category) query.set('category', params.category);
  if (params.lang) query.set('lang', params.lang);
  for (const flag of SEARCH_FLAGS) if (params.flags.includes(flag)) query.set(flag, '1');
  if (params.near) query.set('near', params.near);
  if (params.near && params.within) query.set('within', String(params.within));
  if (params.sort) query.set('sort', params.sort);
  if (params.page > 1) query.set('page', String(params.page));
  return query.toString();
}

export function searchHref(locale: string, params: SearchParams, change: SearchChange = {}): string {
  const next: SearchParams = { ...params, page: 1, ...change };
  const qs = searchQueryString(next);
  return qs ? `/${locale}/search?${qs}` : `/${locale}/search`;
}

/** The same search without one of its filters. */
export function withoutFilter(params: SearchParams, filter: SearchFilterKey): SearchChange {
  switch (filter) {
    case 'category':
      return { category: null };
    case 'lang':
      return { lang: null };
    case 'near':
      return { near: null, within: null, sort: params.sort === 'distance' ? null : params.sort };
    case 'within':
      return { within: null };
    default:
      return { flags: params.flags.filter((flag) => flag !== filter) };
  }
}

export type SearchFilterKey = 'category' | 'lang' | 'near' | 'within' | SearchFlag;

/** The filters a search has, in the order the page lists them. */
export function activeFilters(params: SearchParams): SearchFilterKey[] {
  return [
    ...(params.category ? (['category'] as const) : []),
    ...(params.lang ? (['lang'] as const) : []),
    ...params.flags,
    ...(params.near ? (['near'] as const) : []),
    ...(params.near && params.within ? (['within'] as const) : []),
  ];
}

export function withoutAllFilters(): SearchChange {
  return { category: null, lang: null, flags: [], near: null, within: null, sort: null };
}
