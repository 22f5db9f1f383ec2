import { z } from 'zod';
import { pageParamSchema } from './params';

// Query strings of the public events pages (PRODUCT P5): /events, /events/month,
// /events/past and the calendar feeds. As for search, a value of the wrong shape (a date
// that does not exist, a month 13, a range running backwards or over a year, a repeated
// parameter) only comes from a broken link: the proxy answers with the localized 400 page.
// Well-formed values naming nothing we know (an unknown category) just match nothing.

/** Dates the calendar accepts at all; anything else is a typo or a probe. */
export const EARLIEST_DAY = '2000-01-01';
export const LATEST_DAY = '2100-12-31';
const MAX_RANGE_DAYS = 366;

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const daySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v) && v >= EARLIEST_DAY && v <= LATEST_DAY;
  });

const monthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  .refine((v) => v >= EARLIEST_DAY.slice(0, 7) && v <= LATEST_DAY.slice(0, 7));

const wordSchema = z.string().max(60).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const languageSchema = z.string().max(20).regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,2}$/);
const flagSchema = z.enum(['1', 'true', 'on', '0', 'false', 'off', '']).optional().transform((v) => v === '1' || v === 'true' || v === 'on');

export const eventFilterSchema = z
  .object({
    page: pageParamSchema,
    category: optional(wordSchema),
    lang: optional(languageSchema),
    free: flagSchema,
    from: optional(daySchema),
    to: optional(daySchema),
    month: optional(monthSchema),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ['to'] })
  .refine((f) => !f.from || !f.to || (Date.parse(f.to) - Date.parse(f.from)) / 86_400_000 <= MAX_RANGE_DAYS, { path: ['to'] });

export type EventFilters = {
  page: number;
  category: string | null;
  lang: string | null;
  free: boolean;
  from: string | null;
  to: string | null;
  month: string | null;
};

const KNOWN = ['page', 'category', 'lang', 'free', 'from', 'to', 'month'] as const;
type RawParams = Record<string, string | string[] | undefined>;

/** The filters of an events URL; null when one is malformed or repeated. Unknown names are ignored. */
export function parseEventFilters(raw: RawParams): EventFilters | null {
  const values: Record<string, string | undefined> = {};
  for (const name of KNOWN) {
    const value = raw[name];
    if (Array.isArray(value)) return null;
    values[name] = value;
  }
  const parsed = eventFilterSchema.safeParse(values);
  if (!parsed.success) return null;
  const d = parsed.data;
  return { page: d.page, category: d.category ?? null, lang: d.lang ?? null, free: d.free, from: d.from ?? null, to: d.to ?? null, month: d.month ?? null };
}

/** For the proxy: the events pages whose query strings are checked, and the check. */
export function isEventListPath(segments: string[]): boolean {
  return segments[0] === 'events' && (segments.length === 1 || (segments.length === 2 && (segments[1] === 'month' || segments[1] === 'past')));
}

export function hasEventParamsProblem(params: URLSearchParams): boolean {
  const raw: RawParams = {};
  for (const name of new Set(params.keys())) {
    const all = params.getAll(name);
    raw[name] = all.length > 1 ? all : all[0];
  }
  return parseEventFilters(raw) === null;
}

/** Filters back to query parameters (for links that keep them), without defaults. */
export function filtersToQuery(f: Partial<EventFilters>): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.category) out.category = f.category;
  if (f.lang) out.lang = f.lang;
  if (f.free) out.free = '1';
  if (f.from) out.from = f.from;
  if (f.to) out.to = f.to;
  return out;
}
