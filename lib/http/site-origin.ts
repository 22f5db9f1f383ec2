// The site's public origin (scheme, host, port) for absolute links: canonical and hreflang
// URLs, sitemaps, JSON-LD, calendar files, links in emails. APP_URL is the configured truth
// (README); production must set it, because a client controls the Host header.
export function configuredOrigin(): string | null {
  const url = process.env.APP_URL;
  return url ? url.replace(/\/+$/, '') : null;
}

/**
 * APP_URL; without it (development), the request's own host when the caller has the
 * request's headers, else this server's local address.
 */
export function siteOrigin(requestHeaders?: { get(name: string): string | null }): string {
  const configured = configuredOrigin();
  if (configured) return configured;
  const host = requestHeaders?.get('x-forwarded-host') ?? requestHeaders?.get('host');
  if (!host) return `http://localhost:${process.env.PORT ?? 3000}`;
  const proto = requestHeaders?.get('x-forwarded-proto') === 'https' ? 'https' : 'http';
  return `${proto}://${host.replace(/[^A-Za-z0-9.:[\]-]/g, '')}`;
}
