import { afterAll, describe, expect, it } from 'vitest';
import { listCategories } from '../../lib/data/categories';
import { listPublicServicesForHandout } from '../../lib/data/handout';
import { getPublicOrganization } from '../../lib/data/organizations';
import { getPublicService, listPublicServiceCardsBySlugs, listPublicServicesInCategory, listPublicServicesOfOrganization } from '../../lib/data/services';
import { DEMO_SLUGS } from '../../prisma/seed/directory';
import { testDb } from './support/db';
import { allResults } from './support/search';

// T5: a listing past the hide threshold is on no public page: not its own, not a category,
// not its organization, not search, not the home tiles' counts, not a saved list.
const db = testDb();
afterAll(() => db.$disconnect());

const hidden = DEMO_SLUGS.hiddenStaleService;

describe('T5: listings past the hide threshold', () => {
  it('are in the demo data, published, and past the threshold', async () => {
    const [row, settings] = await Promise.all([
      db.service.findUniqueOrThrow({ where: { slug: hidden }, select: { status: true, verifiedAt: true } }),
      db.settings.findUniqueOrThrow({ where: { id: 1 } }),
    ]);
    expect(row.status).toBe('published');
    expect(Date.now() - row.verifiedAt!.getTime()).toBeGreaterThan(settings.verifyHideAfterDays * 86_400_000);
  });

  it('have no service page and no card', async () => {
    expect(await getPublicService(hidden, 'en')).toBeNull();
    expect(await listPublicServiceCardsBySlugs([hidden], 'en')).toEqual([]);
    expect(await listPublicServicesForHandout([hidden, DEMO_SLUGS.legalService], 'en')).toMatchObject([{ slug: DEMO_SLUGS.legalService }]);
  });

  it('are in no category list and no category count', async () => {
    const row = await db.service.findUniqueOrThrow({ where: { slug: hidden }, select: { categories: { select: { category: { select: { slug: true, parentId: true } } } } } });
    for (const { category } of row.categories) {
      const first = await listPublicServicesInCategory(category.slug, 'en', 1);
      const slugs = first!.items.map((s) => s.slug);
      for (let page = 2; page <= first!.pageCount; page++) slugs.push(...(await listPublicServicesInCategory(category.slug, 'en', page))!.items.map((s) => s.slug));
      expect(slugs).not.toContain(hidden);
      expect(slugs.length).toBe(first!.total);
    }
    const tiles = await listCategories('en');
    const legal = tiles.find((c) => c.slug === 'legal-immigration')!;
    const counted = await db.service.count({
      where: { status: 'published', organization: { status: 'published' }, slug: { not: hidden }, categories: { some: { category: { slug: 'legal-immigration' } } }, verifiedAt: { gte: new Date(Date.now() - 365 * 86_400_000) } },
    });
    expect(legal.serviceCount).toBe(counted);
  });

  it('are not among their organization’s services', async () => {
    const org = await getPublicOrganization(DEMO_SLUGS.organization, 'en');
    const orgRow = await db.organization.findUniqueOrThrow({ where: { slug: DEMO_SLUGS.organization }, select: { id: true } });
    expect(org).not.toBeNull();
    const services = await listPublicServicesOfOrganization(orgRow.id, 'en');
    expect(services.length).toBeGreaterThan(0);
    expect(services.map((s) => s.slug)).not.toContain(hidden);
  });

  it('are not found by search, even by their own name', async () => {
    const row = await db.service.findUniqueOrThrow({ where: { slug: hidden }, select: { name: true } });
    const { items } = await allResults('en', { q: row.name });
    expect(items.length).toBeGreaterThan(0);
    expect(items.map((s) => s.slug)).not.toContain(hidden);
  });
});
