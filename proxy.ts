import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { isAppLocale } from './lib/i18n/locales';
import { routing } from './lib/i18n/routing';
import { findQueryProblem } from './lib/validation/params';
import { hasSearchParamsProblem } from './lib/validation/search-params';
// Events pages (issue 7): their filters are checked the same way.
import { hasEventParamsProblem, isEventListPath } from './lib/validation/event-params';

const intl = createMiddleware(routing);

/**
 * Locale routing (next-intl), plus one guard: a malformed query parameter on a public
 * page (?page=abc, or a search filter of the wrong shape) gets the localized "bad request"
 * page with status 400 instead of a guess. Authorization is NOT decided here; lib/data and
 * server actions check it.
 */
export default function proxy(request: NextRequest) {
  const [, first, second, ...rest] = request.nextUrl.pathname.split('/');
  const params = request.nextUrl.searchParams;
  const isSearch = second === 'search' && rest.length === 0;
  const isEvents = second !== undefined && isEventListPath([second, ...rest]);
  if (first && isAppLocale(first) && (findQueryProblem(params) || (isSearch && hasSearchParamsProblem(params)) || (isEvents && hasEventParamsProblem(params)))) {
    const url = request.nextUrl.clone();
    url.pathname = `/${first}/bad-request`;
    url.search = '';
    return NextResponse.rewrite(url, { status: 400 });
  }
  return intl(request);
}

export const config = {
  // Everything except API routes, Next's own files and files with an extension.
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
