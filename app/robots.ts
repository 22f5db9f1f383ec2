import type { MetadataRoute } from 'next';
import { getPublicSettings } from '@/lib/data/settings';
import { siteOrigin } from '@/lib/http/site-origin';

export const dynamic = 'force-dynamic';

// Demo data is fictional: keep it out of search engines. The staff area is never indexed.
export default async function robots(): Promise<MetadataRoute.Robots> {
  const settings = await getPublicSettings();
  if (settings.isDemoData) return { rules: { userAgent: '*', disallow: '/' } };
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/*/admin', '/api/'] },
    sitemap: `${siteOrigin()}/sitemap.xml`,
  };
}
