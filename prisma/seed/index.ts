import type { PrismaClient } from '../../lib/generated/prisma/client';
import { seedDemoAccounts } from './accounts';
import { seedCategories } from './categories';
import { seedDirectory } from './directory';
import { seedGuides } from './guides';
import { seedSearch } from './search';
import { seedSettings } from './settings';
import { seedDemoSubmissions } from './submissions';

/** The demo directory of PRODUCT §9, loaded in one transaction: all of it or nothing. */
export async function seedDemoData(prisma: PrismaClient, now = new Date()) {
  await prisma.$transaction(
    async (tx) => {
      await seedSettings(tx);
      const settings = await tx.settings.findUniqueOrThrow({ where: { id: 1 }, select: { timezone: true } });
      await seedCategories(tx);
      const categories = await tx.category.findMany({ select: { id: true, slug: true } });
      const categoryIdBySlug = new Map(categories.map((c) => [c.slug, c.id]));
      await seedGuides(tx, categoryIdBySlug);
      await seedDirectory(tx, { categoryIdBySlug, now, timezone: settings.timezone });
      const partnerOrganization = await tx.organization.findFirst({ orderBy: { slug: 'asc' }, select: { id: true } });
      await seedDemoAccounts(tx, partnerOrganization?.id ?? null);
      await seedDemoSubmissions(tx, now);
      await seedSearch(tx);
    },
    { timeout: 180_000, maxWait: 10_000 },
  );
}

/** A database without settings has never been set up. */
export async function isDatabaseEmpty(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.settings.count()) === 0;
}
