import 'server-only';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
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

/**
 * Everything a public page's <head> says about it (PRODUCT L7, I5): its title and
 * description, canonical URL and language versions, and the Open Graph / Twitter card tags
 * that messaging apps show when someone shares the link. No image: nothing to fetch.
 */
export async function publicPageMetadata(
  locale: string,
  path: string,
  page: { title?: string; description?: string },
): Promise<Metadata> {
  const [alternates, settings, t] = await Promise.all([
    localeAlternates(locale, path),
    getPublicSettings(),
    getTranslations({ locale, namespace: 'Metadata' }),
  ]);
  const siteName = t('siteName', { city: settings.cityName });
  const title = page.title ?? siteName;
  const description = page.description || undefined;
  return {
    ...(page.title ? { title: page.title } : {}),
    ...(description ? { description } : {}),
    alternates,
    openGraph: {
      type: 'website',
      siteName,
      title,
      ...(description ? { description } : {}),
      url: `/${locale}${path}`,
      locale: locale.replace('-', '_'),
    },
    twitter: { card: 'summary', title, ...(description ? { description } : {}) },
  };
}
