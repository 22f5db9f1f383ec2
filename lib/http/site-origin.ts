// The site's public origin (scheme, host, port) for absolute links: canonical and hreflang
// URLs, sitemaps, links in emails. It comes from configuration (APP_URL), never from the
// request's Host header, which a client controls.
export function configuredOrigin(): string | null {
  const url = process.env.APP_URL;
  return url ? url.replace(/\/+$/, '') : null;
}

/** APP_URL, or the local server's own address when it is not configured. */
export function siteOrigin(): string {
  return configuredOrigin() ?? `http://localhost:${process.env.PORT ?? 3000}`;
}
