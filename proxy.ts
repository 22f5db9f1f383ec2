import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { isAppLocale } from './lib/i18n/locales';
import { routing } from './lib/i18n/routing';
import { oversizedPostProblem } from './lib/http/body-limit';
import { tooLargeResponse } from './lib/http/too-large-response';
import { findQueryProblem } from './lib/validation/params';
import { hasSearchParamsProblem } from './lib/validation/search-params';

const intl = createMiddleware(routing);

/**
 * Locale routing (next-intl), plus two guards: a POST larger than server actions accept
 * gets a translated 413 (lib/http/body-limit.ts), and a malformed query parameter on a
 * public page (?page=abc, or a search filter of the wrong shape) gets the localized "bad
 * request" page with status 400 instead of a guess. Authorization is NOT decided here; lib/data and
 * server actions check it.
 */
export default async function proxy(request: NextRequest) {
  // An oversized form gets a translated 413 here; Next would answer it with a 500.
  const sizeProblem = oversizedPostProblem(request.method, request.headers);
  if (sizeProblem) return tooLargeResponse(sizeProblem, request.nextUrl.pathname, request.headers.has('next-action'));
  const [, first, second, ...rest] = request.nextUrl.pathname.split('/');
  const params = request.nextUrl.searchParams;
  const isSearch = second === 'search' && rest.length === 0;
  if (first && isAppLocale(first) && (findQueryProblem(params) || (isSearch && hasSearchParamsProblem(params)))) {
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
