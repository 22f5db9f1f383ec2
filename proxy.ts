import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { LOCALE_COOKIE } from './lib/i18n/locale-cookie';
import { createNonce, isPublicFormPage, staticSecurityHeaders, withSecurityHeaders } from './lib/http/security-headers';
import { isAppLocale } from './lib/i18n/locales';
import { PSEUDO_LOCALE } from './lib/i18n/pseudo-locale';
import { routing } from './lib/i18n/routing';
import { oversizedPostProblem, PUBLIC_FORM_BODY_LIMIT_BYTES } from './lib/http/body-limit';
import { tooLargeResponse } from './lib/http/too-large-response';
import { findQueryProblem, hasMalformedPathEncoding } from './lib/validation/params';
import { parseLanguageSwitch } from './lib/validation/language-switch';
import { hasSearchParamsProblem } from './lib/validation/search-params';
// Events pages (issue 7): their filters are checked the same way.
import { hasEventParamsProblem, isEventListPath } from './lib/validation/event-params';
// Database faults (issue 10 point 4): a translated 503 while the database is down or saturated.
import { databaseAvailability } from './lib/db-availability';
import { unavailableJson, unavailableResponse } from './lib/http/unavailable-response';

const intl = createMiddleware(routing);

/**
 * Locale routing (next-intl), plus two guards: a POST larger than server actions accept
 * gets a translated 413 (lib/http/body-limit.ts), and a malformed query parameter on a
 * public page (?page=abc, or a search filter of the wrong shape) gets the localized "bad
 * request" page with status 400 instead of a guess. Authorization is NOT decided here;
 * lib/data and server actions check it. Every answer gets the security headers
 * (lib/http/security-headers.ts). While the database is down, or its pool has more
 * requests waiting than it can serve in time, pages and API routes get a 503 at once
 * (lib/db-availability.ts): no request waits for a connection that will not come.
 */
export default async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // Reading the state costs nothing: no query on the happy path.
  const available = databaseAvailability() === 'up';
  // The API and the sitemaps only pass through here for two checks (see config.matcher).
  if (isOutsidePages(pathname)) {
    if (hasMalformedPathEncoding(pathname)) return malformedPathResponse(pathname);
    // /api/health answers for itself (it says why); the others all need the database.
    return available || pathname === '/api/health' ? NextResponse.next() : unavailableJson();
  }
  if (!available) {
    const response = await unavailableResponse(`${pathname}${search}`, request.headers.has('next-action'), createNonce());
    for (const { key, value } of staticSecurityHeaders) response.headers.set(key, value);
    return response;
  }
  // An oversized form gets a translated 413 here; Next would answer it with a 500.
  const publicForm = isPublicFormPage(request.nextUrl.pathname);
  const sizeProblem = oversizedPostProblem(request.method, request.headers, publicForm ? PUBLIC_FORM_BODY_LIMIT_BYTES : undefined);
  if (sizeProblem) {
    const response = await tooLargeResponse(sizeProblem, request.nextUrl.pathname, request.headers.has('next-action'));
    for (const { key, value } of staticSecurityHeaders) response.headers.set(key, value);
    return response;
  }
  return withSecurityHeaders(request, route);
}

function route(request: NextRequest) {
  const [, first, second, ...rest] = request.nextUrl.pathname.split('/');
  const params = request.nextUrl.searchParams;
  const isSearch = second === 'search' && rest.length === 0;
  const isLanguageSwitch = second === 'language' && rest.length === 0;
  const isEvents = second !== undefined && isEventListPath([second, ...rest]);
  const malformed =
    hasMalformedPathEncoding(request.nextUrl.pathname) ||
    findQueryProblem(params) ||
    (isSearch && hasSearchParamsProblem(params)) ||
    (isLanguageSwitch && !parseLanguageSwitch(params)) ||
    (isEvents && hasEventParamsProblem(params));
  // A path that cannot be decoded may not even start with a locale: answer in the default one.
  const pageLocale = first && isAppLocale(first) ? first : hasMalformedPathEncoding(request.nextUrl.pathname) ? routing.defaultLocale : null;
  if (pageLocale && malformed) {
    const url = request.nextUrl.clone();
    url.pathname = `/${pageLocale}/bad-request`;
    url.search = '';
    // The request's headers go along: they carry the CSP nonce for the page's scripts.
    return NextResponse.rewrite(url, { status: 400, request: { headers: request.headers } });
  }
  // The pseudo-locale is not one of next-intl's locales (so it is never negotiated): its
  // pages are routed as they are, and the layout answers 404 while it is disabled.
  if (first === PSEUDO_LOCALE) return NextResponse.next({ request: { headers: request.headers } });
  const remembered = request.cookies.get(LOCALE_COOKIE)?.value;
  if (request.nextUrl.pathname === '/' && remembered && isAppLocale(remembered)) {
    // The visitor chose this language before (the picker set the cookie); otherwise `/`
    // negotiates from Accept-Language.
    const url = request.nextUrl.clone();
    url.pathname = `/${remembered}`;
    return NextResponse.redirect(url);
  }
  return intl(request);
}

const isOutsidePages = (pathname: string) => pathname.startsWith('/api/') || pathname.startsWith('/sitemaps/');

/** Undecodable bytes in an API or sitemap path: a 400 instead of Next's bare 500. */
function malformedPathResponse(pathname: string) {
  const headers = { 'Cache-Control': 'no-store' };
  if (pathname.startsWith('/api/')) return Response.json({ status: 400, error: 'bad_request', message: 'The address contains characters that are not valid UTF-8.' }, { status: 400, headers });
  return new Response('Bad request\n', { status: 400, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
}

export const config = {
  // Pages: everything except API routes, Next's own files and files with an extension.
  // API routes and sitemaps: for the malformed-encoding check and the 503 alone.
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)', '/api/:path*', '/sitemaps/:path*'],
};
