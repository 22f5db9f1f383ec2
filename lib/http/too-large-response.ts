import { NextResponse } from 'next/server';
import { DEFAULT_LOCALE, isAppLocale, LOCALE_INFO, type AppLocale } from '../i18n/locales';
import { TOO_LARGE_MARKER } from './body-limit';

type Texts = { title: string; body: string; back: string };

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function textsFor(locale: AppLocale): Promise<Texts> {
  const messages = (await import(`../../messages/accounts/${locale}.json`)).default as { RequestTooLarge: Texts };
  return messages.RequestTooLarge;
}

/**
 * The answer to a form that is too large (413) or has no length (411), in the language of
 * the page it was posted from. A server action called by JavaScript gets plain text, which
 * Next's client turns into the error the staff area's error page shows; a plain form post
 * gets a small page of its own. Never a stack trace.
 */
export async function tooLargeResponse(status: 413 | 411, pathname: string, isActionFetch: boolean): Promise<NextResponse> {
  const first = pathname.split('/')[1] ?? '';
  const locale: AppLocale = isAppLocale(first) ? first : DEFAULT_LOCALE;
  const t = await textsFor(locale);
  if (isActionFetch) {
    // Exactly "text/plain": Next's client shows the body only for that content type.
    return new NextResponse(`${TOO_LARGE_MARKER}${t.body}\n${t.back}`, { status, headers: { 'content-type': 'text/plain', 'cache-control': 'no-store' } });
  }
  const back = pathname.startsWith(`/${locale}`) ? pathname : `/${locale}`;
  const html = `<!doctype html><html lang="${locale}" dir="${LOCALE_INFO[locale].dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(t.title)}</title></head>`
    + `<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5"><main><h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.body)}</p>`
    + `<p><a href="${escapeHtml(back)}">${escapeHtml(t.back)}</a></p></main></body></html>`;
  return new NextResponse(html, { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } });
}
