import { createTranslator } from 'next-intl';
import { isAppLocale, type AppLocale } from '@/lib/i18n/locales';
import { hsdsIdSchema, hsdsQuerySchema, KNOWN_PARAMS, type HsdsQueryParams } from '@/lib/validation/hsds';
import type { HsdsQuery } from '@/lib/data/hsds/read';

// Shared by every /api/hsds route handler: parse the query, answer errors as JSON in the
// caller's locale (?locale=), and never let an unexpected failure become an HTML 500.

const HEADERS = { 'Cache-Control': 'public, max-age=60', 'Access-Control-Allow-Origin': '*' };

async function translator(locale: AppLocale) {
  const messages = (await import(`../../messages/hsds/${locale}.json`)).default;
  return createTranslator({ locale, messages, namespace: 'HsdsApi' });
}

function requestedLocale(params: URLSearchParams): AppLocale {
  const value = params.get('locale') ?? 'en';
  return isAppLocale(value) ? value : 'en';
}

export async function errorResponse(status: 400 | 404 | 503, params: URLSearchParams, parameter?: string) {
  const t = await translator(requestedLocale(params));
  const message = status === 400 ? t('badParameter', { name: parameter ?? '' }) : status === 404 ? t('notFound') : t('unavailable');
  return Response.json(
    { status, error: status === 400 ? 'bad_request' : status === 404 ? 'not_found' : 'unavailable', message, ...(parameter ? { parameter } : {}) },
    { status, headers: { ...HEADERS, 'Cache-Control': 'no-store' } },
  );
}

export const jsonResponse = (body: unknown) => Response.json(body, { headers: HEADERS });

type Parsed = { ok: true; query: HsdsQuery } | { ok: false; response: Promise<Response> };

export function parseHsdsQuery(request: Request): Parsed {
  const params = new URL(request.url).searchParams;
  const raw: Record<string, string> = {};
  for (const key of KNOWN_PARAMS) {
    const values = params.getAll(key);
    if (values.length > 1) return { ok: false, response: errorResponse(400, params, key) };
    if (values.length === 1) raw[key] = values[0]!;
  }
  const result = hsdsQuerySchema.safeParse(raw);
  if (!result.success) return { ok: false, response: errorResponse(400, params, String(result.error.issues[0]?.path[0] ?? '')) };
  return { ok: true, query: toQuery(result.data) };
}

function toQuery(p: HsdsQueryParams): HsdsQuery {
  return {
    locale: p.locale ?? 'en', page: p.page, perPage: p.per_page, search: p.search, taxonomyTermId: p.taxonomy_term_id,
    taxonomyId: p.taxonomy_id, organizationId: p.organization_id, modifiedAfter: p.modified_after, postcode: p.postcode,
    proximity: p.proximity, fullService: p.full_service,
  };
}

/** A list endpoint: parse, read, answer. */
export async function listHandler<T>(request: Request, read: (q: HsdsQuery) => Promise<T> | T): Promise<Response> {
  const parsed = parseHsdsQuery(request);
  if (!parsed.ok) return parsed.response;
  try {
    return jsonResponse(await read(parsed.query));
  } catch (error) {
    console.error('HSDS API read failed', error instanceof Error ? error.message : error);
    return errorResponse(503, new URL(request.url).searchParams);
  }
}

/** A single-record endpoint: the id is checked like any parameter; unknown ids are 404. */
export async function itemHandler<T>(
  request: Request,
  params: Promise<{ id: string }>,
  read: (id: string, locale: string) => Promise<T | null> | T | null,
): Promise<Response> {
  const parsed = parseHsdsQuery(request);
  if (!parsed.ok) return parsed.response;
  const search = new URL(request.url).searchParams;
  // Next has already decoded the path segment; a stray "%" is refused by the schema.
  const id = hsdsIdSchema.safeParse((await params).id);
  if (!id.success) return errorResponse(400, search, 'id');
  try {
    const item = await read(id.data, parsed.query.locale);
    return item ? jsonResponse(item) : errorResponse(404, search);
  } catch (error) {
    console.error('HSDS API read failed', error instanceof Error ? error.message : error);
    return errorResponse(503, search);
  }
}
