import { LOCALE_INFO } from './locales';

// The pseudo-locale en-XA (PRODUCT L6): English with every letter accented, ~35% longer and
// in [brackets], made from messages/en*.json at load time. A page shown in it makes text that
// bypasses the message files (plain English) and text that overflows its box easy to see.
// Never offered to visitors: not in LOCALES, so never in the picker, hreflang, sitemap or
// Accept-Language negotiation; routable only when isPseudoLocaleEnabled().

export const PSEUDO_LOCALE = 'en-XA';

/** Development always; a production build only with PSEUDO_LOCALE=1 (npm test sets it). */
export function isPseudoLocaleEnabled(): boolean {
  return process.env.NODE_ENV !== 'production' || process.env.PSEUDO_LOCALE === '1';
}

/** A locale a URL may carry: one of LOCALES, or en-XA while it is enabled. */
export function isRoutableLocale(locale: string): boolean {
  return Object.hasOwn(LOCALE_INFO, locale) || (locale === PSEUDO_LOCALE && isPseudoLocaleEnabled());
}
