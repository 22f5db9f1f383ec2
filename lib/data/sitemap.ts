import 'server-only';
import { db } from '../db';
import { publicEventWhere } from './event-rows';
import { getPublicSettings } from './settings';
import { publicOrganizationWhere, publicServiceWhere } from './visibility';

// What the sitemap lists (PRODUCT L7): exactly the public pages. Services follow the same
// visibility rule as every public page (T5: unverified too long = hidden), so a hidden
// listing never appears here either.

/** A page path without its locale prefix, and when its content last changed. */
export type SitemapPage = { path: string; lastModified: Date | null };

export type SitemapSection = 'pages' | 'organizations' | 'services';

export async function countSitemapRows(): Promise<Record<SitemapSection, number>> {
  const { verifyHideAfterDays } = await getPublicSettings();
  const [organizations, services] = await Promise.all([
    db.organization.count({ where: publicOrganizationWhere }),
    db.service.count({ where: publicServiceWhere(verifyHideAfterDays) }),
  ]);
  return { pages: 1, organizations, services };
}

/** The fixed pages, categories, guides and events: a few hundred at most, always in one part. */
export async function listSitemapPages(): Promise<SitemapPage[]> {
  const [categories, guides, events] = await Promise.all([
    db.category.findMany({ orderBy: { sortOrder: 'asc' }, select: { slug: true, updatedAt: true } }),
    db.guide.findMany({ where: { status: 'published' }, orderBy: { sortOrder: 'asc' }, select: { slug: true, updatedAt: true } }),
    db.event.findMany({ where: publicEventWhere(), orderBy: { startsAt: 'asc' }, select: { slug: true, updatedAt: true } }),
  ]);
  return [
    { path: '', lastModified: null },
    { path: '/guides', lastModified: null },
    { path: '/privacy', lastModified: null },
    { path: '/events', lastModified: null },
    { path: '/events/past', lastModified: null },
    ...categories.map((c) => ({ path: `/categories/${c.slug}`, lastModified: c.updatedAt })),
    ...guides.map((g) => ({ path: `/guides/${g.slug}`, lastModified: g.updatedAt })),
    ...events.map((e) => ({ path: `/events/${e.slug}`, lastModified: e.updatedAt })),
  ];
}

export async function listSitemapOrganizations(skip: number, take: number): Promise<SitemapPage[]> {
  const rows = await db.organization.findMany({
    where: publicOrganizationWhere, orderBy: { slug: 'asc' }, skip, take, select: { slug: true, updatedAt: true },
  });
  return rows.map((r) => ({ path: `/organizations/${r.slug}`, lastModified: r.updatedAt }));
}

export async function listSitemapServices(skip: number, take: number): Promise<SitemapPage[]> {
  const { verifyHideAfterDays } = await getPublicSettings();
  const rows = await db.service.findMany({
    where: publicServiceWhere(verifyHideAfterDays), orderBy: { slug: 'asc' }, skip, take, select: { slug: true, updatedAt: true },
  });
  return rows.map((r) => ({ path: `/services/${r.slug}`, lastModified: r.updatedAt }));
}
