import { afterAll, describe, expect, it } from 'vitest';
import { refreshSearchForCategory, refreshSearchForServices } from '../../lib/data/search-index';
import { testDb } from './support/db';
import { search } from './support/search';

// The search tables are derived from the listings: writes refresh them in the same
// transaction (lib/data/search-index.ts), and what may be shown is always read live.
const db = testDb();
afterAll(() => db.$disconnect());

async function publicService() {
  const { slug } = (await search('en', { q: 'lawyer' })).items[0]!;
  return db.service.findUniqueOrThrow({ where: { slug }, include: { translations: { where: { locale: 'fr', field: 'name' } } } });
}

describe('search index', () => {
  it('finds new words once the service is refreshed', async () => {
    const service = await publicService();
    try {
      await db.$transaction(async (tx) => {
        await tx.service.update({ where: { id: service.id }, data: { description: `${service.description} Zorblatt helpdesk.` } });
        await refreshSearchForServices([service.id], tx);
      });
      const found = await search('fr', { q: 'zorblatt' });
      expect(found.items.map((i) => i.slug)).toEqual([service.slug]);
      // The new word also reaches typo correction.
      expect((await search('fr', { q: 'zorblat' })).items.map((i) => i.slug)).toEqual([service.slug]);
    } finally {
      await db.$transaction(async (tx) => {
        await tx.service.update({ where: { id: service.id }, data: { description: service.description } });
        await refreshSearchForServices([service.id], tx);
      });
    }
    expect((await search('fr', { q: 'zorblatt' })).total).toBe(0);
  });

  it('hides an unpublished service at once, without a refresh', async () => {
    const service = await publicService();
    await db.service.update({ where: { id: service.id }, data: { status: 'draft' } });
    try {
      const outcome = await search('en', { q: service.name });
      expect(outcome.items.map((i) => i.slug)).not.toContain(service.slug);
    } finally {
      await db.service.update({ where: { id: service.id }, data: { status: 'published' } });
    }
    expect((await search('en', { q: service.name })).items.map((i) => i.slug)).toContain(service.slug);
  });

  it('hides every service of an unpublished organization, and stale services, without a refresh', async () => {
    const service = await publicService();
    const before = await search('en', { q: 'lawyer' });
    await db.organization.update({ where: { id: service.organizationId }, data: { status: 'archived' } });
    try {
      const during = await search('en', { q: 'lawyer' });
      expect(during.items.map((i) => i.slug)).not.toContain(service.slug);
      expect(during.total).toBeLessThan(before.total);
    } finally {
      await db.organization.update({ where: { id: service.organizationId }, data: { status: 'published' } });
    }
    const verifiedAt = service.verifiedAt;
    await db.service.update({ where: { id: service.id }, data: { verifiedAt: new Date('2001-01-01') } });
    try {
      expect((await search('en', { q: 'lawyer' })).total).toBe(before.total - 1);
    } finally {
      await db.service.update({ where: { id: service.id }, data: { verifiedAt } });
    }
    expect((await search('en', { q: 'lawyer' })).total).toBe(before.total);
  });

  it('learns a new category synonym in every language once the category is refreshed', async () => {
    const category = await db.category.findUniqueOrThrow({ where: { slug: 'legal-immigration' } });
    const synonym = await db.categorySynonym.create({ data: { categoryId: category.id, locale: 'ht', term: 'konsèy imigrasyon kreyolpapye' } });
    try {
      await refreshSearchForCategory(category.id);
      const outcome = await search('en', { q: 'kreyolpapye' });
      expect(outcome.total).toBeGreaterThan(0);
      expect(outcome.matchedCategories[0]?.slug).toBe('legal-immigration');
    } finally {
      await db.categorySynonym.delete({ where: { id: synonym.id } });
      await refreshSearchForCategory(category.id);
    }
  });

  it('keeps one search row per service', async () => {
    const [counts] = await db.$queryRaw<{ services: number; documents: number }[]>`
      SELECT (SELECT count(*)::int FROM "Service") AS services, (SELECT count(*)::int FROM "ServiceSearchDocument") AS documents`;
    expect(counts!.documents).toBe(counts!.services);
  });
});
