import { defineRouting } from 'next-intl/routing';
import { DEFAULT_LOCALE, LOCALES } from './locales';

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: 'always',
  // PRODUCT L5 / T1: no cookie unless the visitor chooses a language themselves.
  localeCookie: false,
  // hreflang alternates are rendered in <head> by the layout instead of a Link header.
  alternateLinks: false,
});
