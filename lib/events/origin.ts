// The site's public origin for absolute links in calendar files and JSON-LD. APP_URL is the
// configured truth (README); without it (development, tests) the request's own host is used.
export function publicOrigin(requestHeaders: { get(name: string): string | null }): string {
  const configured = process.env.APP_URL?.replace(/\/+$/, '');
  if (configured) return configured;
  const host = requestHeaders.get('x-forwarded-host') ?? requestHeaders.get('host') ?? 'localhost';
  const proto = requestHeaders.get('x-forwarded-proto') ?? 'http';
  return `${proto === 'https' ? 'https' : 'http'}://${host.replace(/[^A-Za-z0-9.:[\]-]/g, '')}`;
}

/** The host part, for stable iCalendar UIDs ("<event id>@<host>"). */
export const uidDomain = (origin: string) => new URL(origin).hostname;
