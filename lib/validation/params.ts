import { z } from 'zod';

// Route and query parameters of public pages. The proxy uses the same schemas to answer
// 400 before a page runs, and pages parse again so their values are typed.

export const slugSchema = z.string().min(1).max(120).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const MAX_PAGE = 10_000;

/** `?page=`: absent means 1; anything but a whole number from 1 to MAX_PAGE is refused. */
export const pageParamSchema = z
  .string()
  .regex(/^[1-9]\d{0,4}$/)
  .transform(Number)
  .pipe(z.number().int().min(1).max(MAX_PAGE))
  .optional()
  .transform((n) => n ?? 1);

export const searchQuerySchema = z.object({
  q: z.string().max(200).optional().transform((q) => (q ?? '').normalize('NFKC').replace(/[\p{Cc}\p{Cf}]/gu, ' ').trim()),
  page: pageParamSchema,
});

/**
 * The text filter of the staff lists (?q= on /admin/services, /admin/events): at most 100
 * characters, without control or format characters. A NUL reached PostgreSQL as-is before,
 * which refuses it in text ("invalid byte sequence") and the page answered 500.
 */
export function staffListQuery(value: string | string[] | undefined): string {
  const q = typeof value === 'string' ? value : '';
  return q.normalize('NFKC').replace(/[\p{Cc}\p{Cf}]/gu, ' ').trim().slice(0, 100);
}

/**
 * Whether a raw (still percent-encoded) URL path would fail to decode: a stray "%" or bytes
 * that are not UTF-8 (%FF, %C3%28, an encoded lone surrogate). Next.js answers those with a
 * bare 500 while decoding route parameters, so the proxy refuses them first with a 400.
 */
export function hasMalformedPathEncoding(rawPath: string): boolean {
  if (!rawPath.includes('%')) return false;
  try {
    decodeURIComponent(rawPath);
    return false;
  } catch {
    return true;
  }
}

/** The first value of a query parameter that may be repeated (?page=1&page=2). */
export function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? undefined : value;
}

export type QueryProblem = 'page' | 'q';

/** Which well-known query parameter is malformed, if any. Repeated parameters are malformed. */
export function findQueryProblem(params: URLSearchParams): QueryProblem | null {
  if (params.getAll('page').length > 1 || !pageParamSchema.safeParse(params.get('page') ?? undefined).success) return 'page';
  if (params.getAll('q').length > 1 || (params.get('q')?.length ?? 0) > 200) return 'q';
  return null;
}
