import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { AppLocale } from './locales';
import { isRoutableLocale } from './pseudo-locale';

/**
 * The locale of a page, or a 404. Pages render in parallel with their layout, so each
 * page checks for itself: "/favicon.ico" bypasses the proxy and arrives as locale
 * "favicon.ico", which Intl would reject with an exception.
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<AppLocale> {
  const { locale } = await params;
  if (!isRoutableLocale(locale)) notFound();
  setRequestLocale(locale);
  // en-XA (development only) reads as English wherever a locale picks data.
  return locale as AppLocale;
}
