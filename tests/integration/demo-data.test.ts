import { afterAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../lib/auth/password';
import { DEFAULT_DEMO_PASSWORD } from '../../prisma/seed/accounts';
import { TARGET_LOCALES } from '../../prisma/seed/data/types';
import { testDb } from './support/db';

const db = testDb();
afterAll(() => db.$disconnect());

describe('demo data (PRODUCT §9)', () => {
  it('has the promised size', async () => {
    const settings = await db.settings.findUniqueOrThrow({ where: { id: 1 } });
    expect(settings.isDemoData).toBe(true);
    expect(await db.organization.count({ where: { status: 'published' } })).toBeGreaterThanOrEqual(30);
    expect(await db.service.count({ where: { status: 'published' } })).toBeGreaterThanOrEqual(100);
    expect(await db.event.count({ where: { status: 'published' } })).toBeGreaterThanOrEqual(25);
    expect(await db.event.count({ where: { recurrenceRule: { not: null } } })).toBeGreaterThan(0);
    expect(await db.guide.count({ where: { status: 'published' } })).toBe(6);
  });

  it('covers all 16 categories with services', async () => {
    const categories = await db.category.findMany({ select: { slug: true, _count: { select: { services: true } } } });
    expect(categories).toHaveLength(16);
    for (const c of categories) expect(c._count.services, c.slug).toBeGreaterThanOrEqual(4);
  });

  it('is translated into every enabled locale, with honest statuses', async () => {
    const { enabledLocales } = await db.settings.findUniqueOrThrow({ where: { id: 1 } });
    for (const locale of enabledLocales.filter((l) => l !== 'en')) {
      // Listings are translated into the demo-content locales; the UI-only ones (ps, sw, …)
      // honestly have no rows, so their pages show English with the "not yet translated" notice.
      const listingRows = await db.serviceTranslation.count({ where: { locale, field: 'name' } });
      if ((TARGET_LOCALES as readonly string[]).includes(locale)) expect(listingRows, locale).toBeGreaterThan(50);
      else expect(listingRows, locale).toBe(0);
      expect(await db.categoryTranslation.count({ where: { locale, field: 'name' } }), locale).toBe(16);
      expect(await db.categorySynonym.count({ where: { locale } }), locale).toBeGreaterThanOrEqual(16 * 8);
    }
    // Nobody has reviewed the machine-made translations, so none may claim to be reviewed.
    expect(await db.serviceTranslation.count({ where: { status: 'reviewed' } })).toBe(0);
  });

  it('has one account per role, with an argon2id hash of the demo password', async () => {
    const users = await db.user.findMany({ include: { accounts: true } });
    expect(users.map((u) => u.role).sort()).toEqual(['admin', 'partner', 'staff']);
    const partner = users.find((u) => u.role === 'partner')!;
    expect(partner.organizationId).not.toBeNull();
    const hash = partner.accounts[0]!.password!;
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD)).toBe(true);
    expect(await verifyPassword(hash, 'wrong password')).toBe(false);
  });
});
