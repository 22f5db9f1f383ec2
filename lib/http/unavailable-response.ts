import { NextResponse } from 'next/server';
import { RETRY_AFTER_SECONDS } from '../db-availability';
import { DEFAULT_LOCALE, isAppLocale, LOCALE_INFO, localeFontScript, type AppLocale } from '../i18n/locales';

// The 503 answer while the database is down or its pool is saturated (PRODUCT §10). Made
// by the proxy itself rather than by a rewrite to a page: it needs no database (the
// layout of every page reads settings), no React render (cheap when the server is
// already overloaded), and it can carry Retry-After. See docs/decisions/015-database-faults.md.

type Texts = { title: string; body: string; later: string; retry: string; plain: string };

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function textsFor(locale: AppLocale): Promise<Texts> {
  const messages = (await import(`../../messages/reliability/${locale}.json`)).default as { Unavailable: Texts };
  return messages.Unavailable;
}

const noStore = { 'cache-control': 'no-store', 'retry-after': String(RETRY_AFTER_SECONDS) };

/** For /api/*: a JSON 503 like /api/health's. */
export function unavailableJson(): NextResponse {
  return NextResponse.json({ status: 'unavailable', database: 'unreachable' }, { status: 503, headers: noStore });
}

/**
 * A page (or a server action called by JavaScript: plain text, which Next's client shows
 * as the error) in the language of the requested path. `retry` reloads the same address.
 */
export async function unavailableResponse(pathAndQuery: string, isActionFetch: boolean, nonce: string): Promise<NextResponse> {
  const pathname = pathAndQuery.split('?')[0]!;
  const first = pathname.split('/')[1] ?? '';
  const locale: AppLocale = isAppLocale(first) ? first : DEFAULT_LOCALE;
  const t = await textsFor(locale);
  if (isActionFetch) {
    return new NextResponse(t.plain, { status: 503, headers: { ...noStore, 'content-type': 'text/plain' } });
  }
  const font = localeFontScript(locale);
  const html = `<!doctype html><html lang="${locale}" dir="${LOCALE_INFO[locale].dir}"><head><meta charset="utf-8">`
    + `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(t.title)}</title>`
    + (font ? `<link rel="stylesheet" href="/fonts/${font}.css">` : '')
    + `<style nonce="${nonce}">body{font-family:'Noto Sans',system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.6;color:#111827}a{color:#1d4ed8}</style></head>`
    + `<body><main><h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.body)}</p><p>${escapeHtml(t.later)}</p>`
    + `<p><a href="${escapeHtml(pathAndQuery)}">${escapeHtml(t.retry)}</a></p></main></body></html>`;
  return new NextResponse(html, {
    status: 503,
    headers: {
      ...noStore,
      'content-type': 'text/html; charset=utf-8',
      // Only our fonts and this one nonce'd style: no script at all.
      'content-security-policy': `default-src 'none'; style-src 'self' 'nonce-${nonce}'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`,
    },
  });
}
