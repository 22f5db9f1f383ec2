import { secureCookies } from '../auth/cookie';

// PRODUCT L5 and T1: the only cookie a visitor can get, and only by choosing a language in
// the picker. It remembers that choice for the bare address `/`; nothing else reads it.
export const LOCALE_COOKIE = 'wd_locale';
export const LOCALE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

export function localeCookieOptions() {
  return { httpOnly: true, secure: secureCookies(), sameSite: 'lax' as const, path: '/', maxAge: LOCALE_COOKIE_MAX_AGE };
}
