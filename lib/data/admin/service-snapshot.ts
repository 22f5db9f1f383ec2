import type { Snapshot } from './diff';
import type { Tx } from './revisions';

// A service revision holds everything the editor edits: the row's own fields, its
// translations, categories, places and hours, with places named by location id so that a
// restore can rebuild them.

const DATE_FIELDS = ['alertUntil', 'statusSafetyConfirmedAt', 'legalAuthorizationCheckedAt', 'idsConfirmedAt', 'verifiedAt', 'publishedAt'] as const;
const OMIT = new Set(['id', 'createdAt', 'updatedAt', 'version', 'translations', 'categories', 'locations', 'hours', 'exceptions']);

export async function loadServiceSnapshot(tx: Tx, id: string): Promise<Snapshot> {
  const row = await tx.service.findUniqueOrThrow({
    where: { id },
    include: {
      translations: { orderBy: [{ locale: 'asc' }, { field: 'asc' }] },
      categories: { orderBy: { categoryId: 'asc' } },
      locations: { orderBy: { locationId: 'asc' } },
      hours: { orderBy: [{ serviceAtLocationId: 'asc' }, { weekday: 'asc' }, { opensAt: 'asc' }] },
      exceptions: { orderBy: [{ date: 'asc' }, { serviceAtLocationId: 'asc' }] },
    },
  });
  const locationOf = new Map(row.locations.map((l) => [l.id, l.locationId]));
  const fields: Snapshot = {};
  for (const [k, v] of Object.entries(row)) if (!OMIT.has(k)) fields[k] = v instanceof Date ? v.toISOString() : v;
  return {
    ...fields,
    categories: row.categories.map((c) => ({ categoryId: c.categoryId, isPrimary: c.isPrimary })),
    locations: row.locations.map((l) => l.locationId),
    hours: row.hours.map((h) => ({ locationId: h.serviceAtLocationId ? locationOf.get(h.serviceAtLocationId)! : null, weekday: h.weekday, opensAt: h.opensAt, closesAt: h.closesAt })),
    exceptions: row.exceptions.map((e) => ({
      locationId: e.serviceAtLocationId ? locationOf.get(e.serviceAtLocationId)! : null,
      date: e.date.toISOString().slice(0, 10), closed: e.closed, opensAt: e.opensAt, closesAt: e.closesAt, note: e.note,
    })),
    translations: row.translations.map((t) => ({ locale: t.locale, field: t.field, value: t.value, status: t.status, sourceHash: t.sourceHash })),
  };
}

type Relations = {
  categories: { categoryId: string; isPrimary: boolean }[];
  locations: string[];
  hours: { locationId: string | null; weekday: number; opensAt: number; closesAt: number }[];
  exceptions: { locationId: string | null; date: string; closed: boolean; opensAt: number | null; closesAt: number | null; note: string }[];
};

/** Replaces a service's categories, places, hours and exceptions; keeps places that stay (and their ids). */
export async function replaceServiceRelations(tx: Tx, serviceId: string, r: Relations) {
  await tx.serviceCategory.deleteMany({ where: { serviceId } });
  if (r.categories.length) await tx.serviceCategory.createMany({ data: r.categories.map((c) => ({ serviceId, ...c })) });
  await tx.weeklyHours.deleteMany({ where: { serviceId } });
  await tx.hoursException.deleteMany({ where: { serviceId } });
  await tx.serviceAtLocation.deleteMany({ where: { serviceId, locationId: { notIn: r.locations } } });
  const existing = await tx.serviceAtLocation.findMany({ where: { serviceId }, select: { id: true, locationId: true } });
  const salOf = new Map(existing.map((s) => [s.locationId, s.id]));
  for (const locationId of r.locations) {
    if (!salOf.has(locationId)) salOf.set(locationId, (await tx.serviceAtLocation.create({ data: { serviceId, locationId } })).id);
  }
  const sal = (locationId: string | null) => (locationId ? (salOf.get(locationId) ?? null) : null);
  if (r.hours.length) await tx.weeklyHours.createMany({ data: r.hours.map(({ locationId, ...h }) => ({ serviceId, serviceAtLocationId: sal(locationId), ...h })) });
  if (r.exceptions.length) {
    await tx.hoursException.createMany({
      data: r.exceptions.map(({ locationId, date, ...e }) => ({ serviceId, serviceAtLocationId: sal(locationId), date: new Date(`${date}T00:00:00Z`), ...e })),
    });
  }
}

/** The row's own fields of a snapshot, ready for prisma update (dates revived). */
export function serviceFieldsOf(snapshot: Snapshot) {
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(snapshot)) {
    if (['categories', 'locations', 'hours', 'exceptions', 'translations', 'id', 'version', 'createdAt', 'updatedAt', 'organization', 'verifiedById', 'verifiedAt'].includes(k)) continue;
    fields[k] = (DATE_FIELDS as readonly string[]).includes(k) && typeof v === 'string' ? new Date(v) : v;
  }
  return fields;
}
