import 'server-only';
import { assertRole, type Actor } from '../../auth/actor';
import { db } from '../../db';
import { recordAudit } from '../audit';
import type { PlaceInput } from '../../validation/admin/place';
import { refreshSearchForServices } from '../search-index';
import type { Snapshot } from './diff';
import { NotFoundError, StaleVersionError } from './errors';
import { changesSince, ensureBaselineRevision, writeRevision, type Tx } from './revisions';
import { translationEntryRow, translationViews, type TranslationEntry } from './translations';
import { claimServiceVersionOrThrow, finishServiceWrite } from './services';

/** The texts of a place that are translated (its address is not). */
export const PLACE_TEXT_FIELDS = ['name', 'transitDirections', 'accessibilityNotes'] as const;

// A2 places: a service's locations (Location + ServiceAtLocation). A place belongs to the
// service's organization, so other services of that organization can be given there too
// (ticked in the service form). Adding or removing a place is a new version of the service;
// editing a place is a new version of the place, with its own revision.

async function placeSnapshot(tx: Tx, id: string): Promise<Snapshot> {
  const row = await tx.location.findUniqueOrThrow({ where: { id }, include: { translations: { orderBy: [{ locale: 'asc' }, { field: 'asc' }] } } });
  const { id: _id, createdAt, updatedAt, version, translations, ...fields } = row;
  return { ...fields, translations: translations.map((t) => ({ locale: t.locale, field: t.field, value: t.value, status: t.status, sourceHash: t.sourceHash })) };
}

/** The search rows of every service given at a place carry its address and coordinates. */
async function refreshServicesAt(tx: Tx, locationId: string) {
  const links = await tx.serviceAtLocation.findMany({ where: { locationId }, select: { serviceId: true } });
  await refreshSearchForServices(links.map((l) => l.serviceId), tx);
}

/** The places of a service, for its editor page. */
export async function listPlacesOfService(actor: Actor | null, serviceId: string) {
  assertRole(actor, 'admin', 'staff');
  const links = await db.serviceAtLocation.findMany({
    where: { serviceId },
    orderBy: { location: { name: 'asc' } },
    select: { location: { select: { id: true, name: true, address1: true, city: true, postalCode: true, neighborhood: true, isConfidential: true, wheelchairAccessible: true, phone: true } } },
  });
  return links.map((l) => l.location);
}

/** A place of this service, for its form, with its translations beside the source texts. */
export async function getPlaceForEditOrThrow(actor: Actor | null, serviceId: string, locationId: string) {
  assertRole(actor, 'admin', 'staff');
  const link = await db.serviceAtLocation.findUnique({
    where: { serviceId_locationId: { serviceId, locationId } },
    select: { location: { include: { translations: { orderBy: [{ field: 'asc' }, { locale: 'asc' }] } } } },
  });
  if (!link) throw new NotFoundError('place');
  const { translations, ...location } = link.location;
  const source = Object.fromEntries(PLACE_TEXT_FIELDS.map((f) => [f, location[f]]));
  return { ...location, translationViews: translationViews(translations, source) };
}

/** Neighborhood names the city has loaded for "near" search (SearchArea), offered as suggestions. */
export async function listNeighborhoodNames(actor: Actor | null): Promise<string[]> {
  assertRole(actor, 'admin', 'staff');
  const rows = await db.searchArea.findMany({ where: { kind: 'neighborhood' }, orderBy: { name: 'asc' }, select: { name: true } });
  return rows.map((r) => r.name);
}

/** A new place of the service's organization, given by this service from now on. */
export async function addPlaceToServiceOrThrow(actor: Actor | null, serviceId: string, expectedServiceVersion: number, input: PlaceInput) {
  assertRole(actor, 'admin', 'staff');
  return db.$transaction(async (tx) => {
    const service = await tx.service.findUnique({ where: { id: serviceId }, select: { organizationId: true } });
    if (!service) throw new NotFoundError('service');
    await claimServiceVersionOrThrow(tx, serviceId, expectedServiceVersion, {});
    const location = await tx.location.create({ data: { ...input, organizationId: service.organizationId }, select: { id: true, version: true } });
    await writeRevision(tx, { entityType: 'location', entityId: location.id, version: location.version, snapshot: await placeSnapshot(tx, location.id), action: 'create', authorId: actor.userId });
    await tx.serviceAtLocation.create({ data: { serviceId, locationId: location.id } });
    await finishServiceWrite(tx, serviceId, actor, 'update');
    return { id: location.id };
  });
}

/** Saves a place's fields if nobody else did meanwhile. */
export async function updatePlaceOrThrow(actor: Actor | null, locationId: string, expectedVersion: number, input: PlaceInput) {
  assertRole(actor, 'admin', 'staff');
  return db.$transaction(async (tx) => {
    const current = await tx.location.findUnique({ where: { id: locationId }, select: { version: true } });
    if (!current) throw new NotFoundError('place');
    await ensureBaselineRevision(tx, 'location', locationId, current.version, () => placeSnapshot(tx, locationId));
    const { count } = await tx.location.updateMany({ where: { id: locationId, version: expectedVersion }, data: { ...input, version: { increment: 1 } } });
    if (count === 0) throw new StaleVersionError(current.version, await changesSince(tx, 'location', locationId, expectedVersion, await placeSnapshot(tx, locationId)));
    await refreshServicesAt(tx, locationId);
    const { version } = await tx.location.findUniqueOrThrow({ where: { id: locationId }, select: { version: true } });
    await writeRevision(tx, { entityType: 'location', entityId: locationId, version, snapshot: await placeSnapshot(tx, locationId), action: 'update', authorId: actor.userId });
    return { id: locationId, version };
  });
}

/**
 * The service is no longer given at this place (its hours there go too). The place itself
 * stays with the organization, for its other services and events.
 */
export async function removePlaceFromServiceOrThrow(actor: Actor | null, serviceId: string, expectedServiceVersion: number, locationId: string) {
  assertRole(actor, 'admin', 'staff');
  return db.$transaction(async (tx) => {
    await claimServiceVersionOrThrow(tx, serviceId, expectedServiceVersion, {});
    const { count } = await tx.serviceAtLocation.deleteMany({ where: { serviceId, locationId } });
    if (count === 0) throw new NotFoundError('place');
    await recordAudit({ action: 'place_removed', actorId: actor.userId, targetType: 'service', targetId: serviceId, details: { locationId } }, tx);
    return finishServiceWrite(tx, serviceId, actor, 'update');
  });
}

/** Staff write or correct one translation of a place's texts, if nobody changed the place meanwhile. */
export async function savePlaceTranslationOrThrow(actor: Actor | null, serviceId: string, locationId: string, expectedVersion: number, entry: TranslationEntry) {
  assertRole(actor, 'admin', 'staff');
  return db.$transaction(async (tx) => {
    const link = await tx.serviceAtLocation.findUnique({ where: { serviceId_locationId: { serviceId, locationId } }, select: { location: true } });
    if (!link) throw new NotFoundError('place');
    const place = link.location;
    const data = translationEntryRow(entry, PLACE_TEXT_FIELDS, place.sourceLocale, String((place as Record<string, unknown>)[entry.field] ?? ''));
    if (!data) throw new NotFoundError('translation field');
    await ensureBaselineRevision(tx, 'location', locationId, place.version, () => placeSnapshot(tx, locationId));
    const { count } = await tx.location.updateMany({ where: { id: locationId, version: expectedVersion }, data: { version: { increment: 1 } } });
    if (count === 0) throw new StaleVersionError(place.version, await changesSince(tx, 'location', locationId, expectedVersion, await placeSnapshot(tx, locationId)));
    const { locale, field } = entry;
    await tx.locationTranslation.upsert({ where: { locationId_locale_field: { locationId, locale, field } }, create: { locationId, locale, field, ...data }, update: data });
    const version = expectedVersion + 1;
    await writeRevision(tx, { entityType: 'location', entityId: locationId, version, snapshot: await placeSnapshot(tx, locationId), action: 'update', authorId: actor.userId });
    return { id: locationId, version };
  });
}
