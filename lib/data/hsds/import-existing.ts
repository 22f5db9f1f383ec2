import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import type { Tables } from './tabular';

// Which HSDS ids of an upload are already in the directory: matched by `externalId` (an
// earlier import) or by our own id (an export of this directory coming back).

export type EntityKind = 'organization' | 'service' | 'location' | 'service_at_location' | 'taxonomy_term';
export type Existing = Record<EntityKind, Map<string, string>>;
type Client = Pick<PrismaClient, 'organization' | 'service' | 'location' | 'serviceAtLocation' | 'category'> | Prisma.TransactionClient;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function idWhere(ids: string[]) {
  return { OR: [{ externalId: { in: ids } }, { id: { in: ids.filter((id) => UUID.test(id)) } }] };
}

function toMap(rows: { id: string; externalId: string | null }[], ids: string[]) {
  const wanted = new Set(ids);
  const map = new Map<string, string>();
  // An imported id wins over a coincidentally equal UUID of ours.
  for (const row of rows) if (wanted.has(row.id) && !map.has(row.id)) map.set(row.id, row.id);
  for (const row of rows) if (row.externalId && wanted.has(row.externalId)) map.set(row.externalId, row.id);
  return map;
}

/** The ids an upload refers to, as HSDS ids, for each kind of listing. */
export function referencedIds(tables: Tables): Record<EntityKind, string[]> {
  const col = (rows: Record<string, string>[] | undefined, field: string) => (rows ?? []).map((r) => r[field] ?? '').filter(Boolean);
  return {
    organization: [...col(tables.organization, 'id'), ...col(tables.service, 'organization_id'), ...col(tables.location, 'organization_id')],
    service: [...col(tables.service, 'id'), ...col(tables.service_at_location, 'service_id')],
    location: [...col(tables.location, 'id'), ...col(tables.service_at_location, 'location_id')],
    service_at_location: col(tables.service_at_location, 'id'),
    taxonomy_term: [...col(tables.taxonomy_term, 'id'), ...col(tables.attribute, 'taxonomy_term_id'), ...col(tables.taxonomy_term, 'parent_id')],
  };
}

export async function findExisting(client: Client, tables: Tables): Promise<Existing> {
  const ids = referencedIds(tables);
  const select = { id: true, externalId: true } as const;
  const [organization, service, location, sal, term] = await Promise.all([
    client.organization.findMany({ where: idWhere(ids.organization), select }),
    client.service.findMany({ where: idWhere(ids.service), select }),
    client.location.findMany({ where: idWhere(ids.location), select }),
    client.serviceAtLocation.findMany({ where: idWhere(ids.service_at_location), select }),
    client.category.findMany({ where: idWhere(ids.taxonomy_term), select }),
  ]);
  return {
    organization: toMap(organization, ids.organization),
    service: toMap(service, ids.service),
    location: toMap(location, ids.location),
    service_at_location: toMap(sal, ids.service_at_location),
    taxonomy_term: toMap(term, ids.taxonomy_term),
  };
}
