import 'server-only';
import type { Metadata } from 'next';
import { getPublicSettings } from '../data/settings';
import { DEFAULT_LOCALE } from '../i18n/locales';

/**
 * PRODUCT L7: the canonical URL of a public page and its hreflang alternates, one per
 * enabled locale plus x-default (the default locale's version). `path` is the page's path
 * without the locale prefix ('' for the home page). Relative URLs are made absolute by the
 * layout's metadataBase.
 */
export async function localeAlternates(locale: string, path: string): Promise<NonNullable<Metadata['alternates']>> {
  const { enabledLocales } = await getPublicSettings();
  const languages: Record<string, string> = {};
  for (const code of enabledLocales) languages[code] = `/${code}${path}`;
  languages['x-default'] = `/${enabledLocales.includes(DEFAULT_LOCALE) ? DEFAULT_LOCALE : (enabledLocales[0] ?? DEFAULT_LOCALE)}${path}`;
  return { canonical: `/${locale}${path}`, languages };
}
