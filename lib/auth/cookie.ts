// The session cookie. `__Host-` makes the browser refuse it unless it is Secure, Path=/
// and has no Domain, so a sibling subdomain cannot plant or read it. SECURE_COOKIES=false
// (plain-http test server / development) drops both Secure and the prefix, which the
// browser would otherwise reject.
export const secureCookies = () =>
  process.env.SECURE_COOKIES ? process.env.SECURE_COOKIES !== 'false' : process.env.NODE_ENV === 'production';

export const sessionCookieName = () => (secureCookies() ? '__Host-wd_session' : 'wd_session');

export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;

export function sessionCookieOptions(expires?: Date) {
  return {
    httpOnly: true,
    secure: secureCookies(),
    sameSite: 'lax' as const,
    path: '/',
    ...(expires ? { expires } : {}),
  };
}
