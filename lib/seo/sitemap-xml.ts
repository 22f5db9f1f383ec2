import type { SitemapPage, SitemapSection } from '../data/sitemap';

// Sitemaps (sitemaps.org protocol): at most 50,000 URLs and 50 MB per file, so listings are
// cut into parts. Each page appears once per enabled locale, each entry with its hreflang
// alternates (Google's sitemap form of them); at 16 locales an entry is ~2 KB, hence 20,000
// entries per part.
const MAX_URLS_PER_PART = 20_000;

export const SITEMAP_PART_PATTERN = /^(pages|organizations|services)-(\d{1,6})\.xml$/;

export function rowsPerPart(localeCount: number): number {
  return Math.max(1, Math.floor(MAX_URLS_PER_PART / Math.max(1, localeCount)));
}

export function partNames(counts: Record<SitemapSection, number>, localeCount: number): string[] {
  const perPart = rowsPerPart(localeCount);
  const names: string[] = ['pages-0.xml'];
  for (const section of ['organizations', 'services'] as const) {
    const parts = Math.ceil(counts[section] / perPart);
    for (let i = 0; i < parts; i++) names.push(`${section}-${i}.xml`);
  }
  return names;
}

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

export function sitemapIndexXml(origin: string, names: string[]): string {
  const entries = names.map((name) => `<sitemap><loc>${escapeXml(`${origin}/sitemaps/${name}`)}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`;
}

export function urlSetXml(origin: string, locales: readonly string[], defaultLocale: string, pages: SitemapPage[]): string {
  const entries: string[] = [];
  for (const page of pages) {
    const lastmod = page.lastModified ? `<lastmod>${page.lastModified.toISOString()}</lastmod>` : '';
    const url = (locale: string) => escapeXml(`${origin}/${locale}${page.path}`);
    const alternates = [...locales.map((l) => [l, url(l)]), ['x-default', url(defaultLocale)]]
      .map(([hreflang, href]) => `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${href}"/>`)
      .join('');
    for (const locale of locales) entries.push(`<url><loc>${url(locale)}</loc>${lastmod}${alternates}</url>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
}
