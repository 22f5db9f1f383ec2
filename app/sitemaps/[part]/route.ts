import { listSitemapOrganizations, listSitemapPages, listSitemapServices } from '@/lib/data/sitemap';
import { getPublicSettings } from '@/lib/data/settings';
import { siteOrigin } from '@/lib/http/site-origin';
import { DEFAULT_LOCALE } from '@/lib/i18n/locales';
import { rowsPerPart, SITEMAP_PART_PATTERN, urlSetXml } from '@/lib/seo/sitemap-xml';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ part: string }> }) {
  const match = SITEMAP_PART_PATTERN.exec((await params).part);
  if (!match) return notFound();
  const [, section, indexText] = match;
  const index = Number(indexText);
  const settings = await getPublicSettings();
  const perPart = rowsPerPart(settings.enabledLocales.length);
  const pages =
    section === 'pages' ? (index === 0 ? await listSitemapPages() : [])
    : section === 'organizations' ? await listSitemapOrganizations(index * perPart, perPart)
    : await listSitemapServices(index * perPart, perPart);
  if (pages.length === 0) return notFound();
  const defaultLocale = settings.enabledLocales.includes(DEFAULT_LOCALE) ? DEFAULT_LOCALE : (settings.enabledLocales[0] ?? DEFAULT_LOCALE);
  return new Response(urlSetXml(siteOrigin(), settings.enabledLocales, defaultLocale, pages), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
}

function notFound() {
  return new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
