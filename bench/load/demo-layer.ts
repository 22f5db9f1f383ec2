// The synthetic directory has services and organizations but no events or guides; the load
// mix needs both. Once per benchmark database, the demo directory (PRODUCT §9: its
// organizations, services, events and guides, from prisma/seed) is added on top, then indexed.
import type pg from 'pg';
import { createPrismaClient } from '../../lib/db-client';
import { seedDirectory } from '../../prisma/seed/directory';
import { seedGuides } from '../../prisma/seed/guides';

export async function addDemoLayerOnce(client: pg.Client, url: string) {
  const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM "Event"');
  if (rows[0]!.n > 0) return;
  console.log('Adding the demo directory (events, guides) on top of the synthetic one, once...');
  const prisma = createPrismaClient(url);
  try {
    await prisma.$transaction(async (tx) => {
      const settings = await tx.settings.findUniqueOrThrow({ where: { id: 1 }, select: { timezone: true } });
      const categories = await tx.category.findMany({ select: { id: true, slug: true } });
      const categoryIdBySlug = new Map(categories.map((c) => [c.slug, c.id]));
      await seedGuides(tx, categoryIdBySlug);
      await seedDirectory(tx, { categoryIdBySlug, now: new Date(), timezone: settings.timezone });
    }, { timeout: 180_000 });
  } finally {
    await prisma.$disconnect();
  }
  // Index only the services just added (the 50,000 are indexed already).
  await client.query(`SELECT refresh_service_search(array_agg(s.id)) FROM "Service" s JOIN "Organization" o ON o.id = s."organizationId" WHERE o.slug NOT LIKE 'bench-org-%'`);
  await client.query('SELECT refresh_category_search()');
  await client.query('ANALYZE');
}
