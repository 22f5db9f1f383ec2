import { afterAll, describe, expect, it } from 'vitest';
import { listCategories } from '../../lib/data/categories';
import { getPublicGuide, listPublicGuides } from '../../lib/data/guides';
import { getPublicOrganization } from '../../lib/data/organizations';
import { getPublicService, listPublicServicesInCategory, SERVICES_PER_PAGE } from '../../lib/data/services';
import { verificationCutoff } from '../../lib/data/visibility';
import { testDb } from './support/db';

const db = testDb();
afterAll(() => db.$disconnect());

async function hideAfterDays() {
  return (await db.settings.findUniqueOrThrow({ where: { id: 1 } })).verifyHideAfterDays;
}

describe('public data layer', () => {
  it('lists categories with localized names and public service counts', async () => {
    const categories = await listCategories('es');
    expect(categories).toHaveLength(16);
    const legal = categories.find((c) => c.slug === 'legal-immigration')!;
    expect(legal.name.status).toBe('machine');
    expect(legal.name.lang).toBe('es');
    expect(legal.serviceCount).toBeGreaterThanOrEqual(10);
    expect(legal.showsFraudWarning).toBe(true);
  });

  it('never returns draft, archived or stale services, nor services of unpublished organizations', async () => {
    const stale = await db.service.findFirst({ where: { status: 'published', verifiedAt: { lt: verificationCutoff(await hideAfterDays()) } } });
    expect(stale, 'the demo data should contain a service past the hide threshold').not.toBeNull();
    expect(await getPublicService(stale!.slug, 'en')).toBeNull();

    const visible = await db.service.findFirstOrThrow({ where: { status: 'published', verifiedAt: { gte: verificationCutoff(await hideAfterDays()) } } });
    expect(await getPublicService(visible.slug, 'en')).not.toBeNull();
    await db.service.update({ where: { id: visible.id }, data: { status: 'draft' } });
    try {
      expect(await getPublicService(visible.slug, 'en')).toBeNull();
    } finally {
      await db.service.update({ where: { id: visible.id }, data: { status: 'published' } });
    }
  });

  it('never reveals the address or coordinates of a confidential location', async () => {
    const sal = await db.serviceAtLocation.findFirstOrThrow({
      where: { location: { isConfidential: true }, service: { status: 'published', verifiedAt: { gte: verificationCutoff(await hideAfterDays()) } } },
      include: { service: true, location: true },
    });
    const service = await getPublicService(sal.service.slug, 'en');
    const place = service!.places.find((p) => p.location.isConfidential)!;
    expect(place.location.address).toBeNull();
    expect(place.location.coordinates).toBeNull();
    expect(place.location.neighborhood).toBe(sal.location.neighborhood);
    expect(JSON.stringify(service)).not.toContain(sal.location.address1);
  });

  it('falls back to the source text, marked as such, when a translation is missing', async () => {
    const row = await db.service.findFirstOrThrow({
      where: { status: 'published', verifiedAt: { gte: verificationCutoff(await hideAfterDays()) }, translations: { none: { locale: 'ht', field: 'description' } }, description: { not: '' } },
    });
    const service = await getPublicService(row.slug, 'ht');
    expect(service!.description).toEqual({ text: row.description, lang: 'en', status: 'fallback' });
  });

  it('pages through a category in a stable order', async () => {
    const first = await listPublicServicesInCategory('legal-immigration', 'en', 1);
    expect(first!.items.length).toBe(Math.min(first!.total, SERVICES_PER_PAGE));
    const names = first!.items.map((s) => s.name.text);
    expect([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(names);
    expect(await listPublicServicesInCategory('no-such-category', 'en', 1)).toBeNull();
  });

  it('finds organizations and guides by slug, and nothing for unknown slugs', async () => {
    const org = await db.organization.findFirstOrThrow({ where: { status: 'published' } });
    expect((await getPublicOrganization(org.slug, 'ar'))?.name).toBe(org.name);
    expect(await getPublicOrganization('no-such-org', 'en')).toBeNull();
    const guides = await listPublicGuides('fr');
    expect(guides).toHaveLength(6);
    const guide = await getPublicGuide(guides[0]!.slug, 'fr');
    expect(guide!.body.text.length).toBeGreaterThan(200);
  });
});
