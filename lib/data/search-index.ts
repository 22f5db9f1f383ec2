import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import { db } from '../db';

// Keeping search current (docs/decisions/006-search.md). The search tables are derived
// from the listing tables by the SQL function refresh_service_search(). Every write that
// changes what search sees must call one of these IN THE SAME TRANSACTION as the write, so
// search never shows a half-saved listing:
// - a service, its translations, categories, places or hours  → refreshSearchForServices
// - an organization's name, or a location (address, neighborhood, access) → ...ForOrganization
// - a category, its translations or synonyms (A5)              → refreshSearchForCategory
// Publication and verification are never copied: search reads them live, so publishing,
// archiving or a listing going stale takes effect at once, refreshed or not.

type Client = Prisma.TransactionClient | typeof db;

export async function refreshSearchForServices(serviceIds: string[], client: Client = db): Promise<void> {
  if (serviceIds.length === 0) return;
  await client.$executeRaw`SELECT refresh_service_search(${serviceIds}::uuid[])`;
}

export async function refreshSearchForOrganization(organizationId: string, client: Client = db): Promise<void> {
  const services = await client.service.findMany({ where: { organizationId }, select: { id: true } });
  await refreshSearchForServices(services.map((s) => s.id), client);
}

export async function refreshSearchForCategory(categoryId: string, client: Client = db): Promise<void> {
  // Its words are matched in CategorySearchDocument; its services carry its marker, and
  // those of its subcategories too.
  await client.$executeRaw`SELECT refresh_category_search()`;
  const services = await client.$queryRaw<{ id: string }[]>`
    SELECT "serviceId" AS id FROM "ServiceSearchDocument" WHERE ${categoryId}::uuid = ANY ("categoryIds")
    UNION SELECT "serviceId" FROM "ServiceCategory" WHERE "categoryId" = ${categoryId}::uuid`;
  await refreshSearchForServices(services.map((s) => s.id), client);
}

/** Everything, from scratch (after an import, or by `npm run search:reindex`). */
export async function refreshWholeSearchIndex(client: Client = db): Promise<void> {
  await client.$executeRaw`SELECT refresh_service_search(NULL)`;
}
