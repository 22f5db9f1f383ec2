import { countSitemapRows } from '@/lib/data/sitemap';
import { getPublicSettings } from '@/lib/data/settings';
import { siteOrigin } from '@/lib/http/site-origin';
import { partNames, sitemapIndexXml } from '@/lib/seo/sitemap-xml';

// Read per request: the build needs no database, and a hidden listing leaves at once.
export const dynamic = 'force-dynamic';

export async function GET() {
  const [settings, counts] = await Promise.all([getPublicSettings(), countSitemapRows()]);
  const xml = sitemapIndexXml(siteOrigin(), partNames(counts, settings.enabledLocales.length));
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
