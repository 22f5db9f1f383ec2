import { z } from 'zod';
import { pageParamSchema, searchQuerySchema } from './params';

// The query string of /{locale}/search (PRODUCT P2). Two kinds of bad input, two answers:
// - a value of the wrong SHAPE (free=banana, within=abc, a repeated parameter) can only come
//   from a hand-edited or broken link: the proxy answers 400 with the localized "bad request"
//   page, as it does for ?page=abc;
// - a well-formed value that names nothing we know (a deleted category, a ZIP code outside
//   the city, a radius we do not offer) is left out, and the page says so (lib/data/search.ts).
// Empty values mean "not set": a GET form submits `category=` for "any category".

/** Yes/no filters, by URL name. */
export const SEARCH_FLAGS = ['free', 'noid', 'allstatus', 'walkin', 'opennow', 'wheelchair', 'interpreter'] as const;
export type SearchFlag = (typeof SEARCH_FLAGS)[number];

/** Distances offered for "within", in miles. */
export const SEARCH_RADII = [1, 2, 5, 10, 25] as const;
export const SEARCH_SORTS = ['relevance', 'distance'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const flagSchema = z
  .enum(['1', 'true', 'on', '0', 'false', 'off', ''])
  .optional()
  .transform((value) => value === '1' || value === 'true' || value === 'on');

/** Lowercase words joined by hyphens: category slugs, neighborhood codes, sort names. */
const wordSchema = z.string().max(60).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
/** A BCP 47 language tag as services store them ("es", "prs", "zh-Hans"). */
const languageSchema = z.string().max(20).regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,2}$/);
const radiusSchema = z.string().regex(/^\d{1,3}$/).transform(Number);

export const searchParamsSchema = z.object({
  q: searchQuerySchema.shape.q,
  page: pageParamSchema,
  category: optional(wordSchema),
  lang: optional(languageSchema),
  near: optional(wordSchema),
  within: optional(radiusSchema),
  sort: optional(wordSchema),
  ...Object.fromEntries(SEARCH_FLAGS.map((flag) => [flag, flagSchema])) as Record<SearchFlag, typeof flagSchema>,
});

/** A search as the URL states it, before its values are checked against the database. */
export type SearchParams = {
  q: string;
  page: number;
  category: string | null;
  lang: string | null;
  near: string | null;
  within: number | null;
  sort: string | null;
  flags: SearchFlag[];
};

type RawParams = Record<string, string | string[] | undefined>;

const KNOWN = ['q', 'page', 'category', 'lang', 'near', 'within', 'sort', ...SEARCH_FLAGS];

/** Parses a search URL's parameters; null when one is malformed or repeated. Unknown names are ignored. */
export function parseSearchParams(raw: RawParams): SearchParams | null {
  const values: Record<string, string | undefined> = {};
  for (const name of KNOWN) {
    const value = raw[name];
    if (Array.isArray(value)) return null;
    values[name] = value;
  }
  const parsed = searchParamsSchema.safeParse(values);
  if (!parsed.success) return null;
  const data = parsed.data;
  return {
    q: data.q,
    page: data.page,
    category: data.category ?? null,
    lang: data.lang ?? null,
    near: data.near ?? null,
    within: data.within ?? null,
    sort: data.sort ?? null,
    flags: SEARCH_FLAGS.filter((flag) => data[flag]),
  };
}

/** For the proxy: true when the search page would refuse these parameters. */
export function hasSearchParamsProblem(params: URLSearchParams): boolean {
  const raw: RawParams = {};
  for (const name of new Set(params.keys())) {
    const all = params.getAll(name);
    raw[name] = all.length > 1 ? all : all[0];
  }
  return parseSearchParams(raw) === null;
}
