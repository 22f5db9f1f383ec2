import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForbiddenError, type Actor } from '../../lib/auth/actor';
import { NotFoundError, StaleVersionError } from '../../lib/data/admin/errors';
import { addPlaceToServiceOrThrow, getPlaceForEditOrThrow, listPlacesOfService, removePlaceFromServiceOrThrow, updatePlaceOrThrow } from '../../lib/data/admin/places';
import { listRevisions } from '../../lib/data/admin/revisions';
import { createServiceOrThrow, getServiceForEditOrThrow, setServiceStatusOrThrow, updateServiceOrThrow } from '../../lib/data/admin/services';
import { getPublicService } from '../../lib/data/services';
import { placeInputSchema } from '../../lib/validation/admin/place';
import { serviceInputSchema, type ServiceInput } from '../../lib/validation/admin/service';
import { demoActor } from './support/actors';
import { testDb } from './support/db';

const db = testDb();
const tag = `places-test-${Date.now()}`;
let staff: Actor, partner: Actor;
let base: ServiceInput;
beforeAll(async () => {
  [staff, partner] = await Promise.all([demoActor(db, 'staff'), demoActor(db, 'partner')]);
  const org = await db.organization.findFirstOrThrow({ where: { status: 'published' } });
  const cat = await db.category.findFirstOrThrow({ orderBy: { slug: 'asc' } });
  base = serviceInputSchema.parse({
    slug: tag, organizationId: org.id, name: 'Places test service', alternateName: '', summary: 'Help', description: 'We help.', eligibility: '', howToApply: '',
    documentsToBring: '', feesDescription: '', alertMessage: '', alertUntil: '', website: '', email: '', phone: '555-010-0199', isFree: 'on', acceptsWalkIns: '',
    appointmentNeeded: '', interpreterAvailable: '', offeredOnline: '', offeredByPhone: '', languages: ['en'], asksImmigrationStatus: 'never', sharesDataWithGovernment: 'no',
    servesRegardlessOfStatus: '', statusSafetyConfirmedAt: '', legalAuthorization: 'not_applicable', legalAuthorizationReference: '', legalAuthorizationCheckedAt: '',
    idsAccepted: [], idsConfirmedAt: '', categoryIds: [cat.id], primaryCategoryId: cat.id, locationIds: [], hours: [], exceptions: [],
  });
});
afterAll(async () => {
  const service = await db.service.findUnique({ where: { slug: tag }, include: { locations: true } });
  if (service) {
    const locationIds = (await db.location.findMany({ where: { name: { startsWith: tag } }, select: { id: true } })).map((l) => l.id);
    await db.revision.deleteMany({ where: { entityId: { in: [service.id, ...locationIds] } } });
    await db.service.delete({ where: { id: service.id } });
    await db.location.deleteMany({ where: { id: { in: locationIds } } });
  }
  await db.$disconnect();
});

const place = (over: Record<string, string> = {}) => placeInputSchema.parse({
  name: `${tag} main office <b>`, address1: '12 Elm Street', address2: '', city: 'Riverton', region: 'CT', postalCode: '06100', neighborhood: 'Downtown',
  latitude: '41.76', longitude: '-72.68', phone: '', isConfidential: '', wheelchairAccessible: 'on', accessibilityNotes: '', transitDirections: '', ...over,
});

describe('places of a service', () => {
  it('validates addresses, coordinates and the confidential rule', () => {
    const errors = (over: Record<string, string>) => Object.keys(placeInputSchema.safeParse({ ...place(), latitude: '41.76', longitude: '-72.68', phone: '', address2: '', isConfidential: '', wheelchairAccessible: '', ...over }).error?.flatten().fieldErrors ?? {}).sort();
    expect(errors({})).toEqual([]);
    expect(errors({ latitude: '91' })).toEqual(['latitude']);
    expect(errors({ longitude: '' })).toEqual(['longitude']);
    expect(errors({ latitude: 'north' })).toEqual(['latitude']);
    expect(errors({ postalCode: '<06100>' })).toEqual(['postalCode']);
    expect(errors({ phone: 'call us' })).toEqual(['phone']);
    expect(errors({ name: '' })).toEqual(['name']);
    expect(errors({ isConfidential: 'on', neighborhood: '' })).toEqual(['neighborhood']);
    expect(errors({ address1: '' })).toEqual(['address1']);
    expect(errors({ address1: '', isConfidential: 'on' })).toEqual([]);
  });

  it('adds a place (a new service version), edits it with a stale check, and removes it with its hours', async () => {
    const { id } = await createServiceOrThrow(staff, base);
    await expect(addPlaceToServiceOrThrow(staff, id, 2, place())).rejects.toBeInstanceOf(StaleVersionError);
    const { id: locationId } = await addPlaceToServiceOrThrow(staff, id, 1, place());
    let service = await getServiceForEditOrThrow(staff, id);
    expect(service.version).toBe(2);
    expect(service.locations.map((l) => l.locationId)).toEqual([locationId]);
    const location = await getPlaceForEditOrThrow(staff, id, locationId);
    expect(location).toMatchObject({ organizationId: base.organizationId, name: `${tag} main office <b>`, latitude: 41.76, wheelchairAccessible: true, version: 1 });
    expect((await listRevisions(staff, 'location', locationId)).map((r) => r.action)).toEqual(['create']);

    await updatePlaceOrThrow(staff, locationId, 1, place({ isConfidential: 'on', address1: '', neighborhood: 'Downtown', phone: '555-010-0222' }));
    await expect(updatePlaceOrThrow(staff, locationId, 1, place())).rejects.toBeInstanceOf(StaleVersionError);
    const stale = (await updatePlaceOrThrow(staff, locationId, 1, place()).catch((e: unknown) => e)) as StaleVersionError;
    expect(stale.changes).toContainEqual({ field: 'isConfidential', before: 'false', after: 'true' });

    // Published, the confidential place shows only its neighborhood and phone.
    await updateServiceOrThrow(staff, id, 2, { ...base, locationIds: [locationId], hours: [{ weekday: 2, opensAt: 540, closesAt: 600, locationId }] });
    await setServiceStatusOrThrow(staff, id, 3, 'published');
    const pub = await getPublicService(tag, 'en');
    expect(pub?.places[0]?.location).toMatchObject({ isConfidential: true, neighborhood: 'Downtown', phone: '555-010-0222', address: null, coordinates: null });

    service = await getServiceForEditOrThrow(staff, id);
    expect(service.hours).toHaveLength(1);
    await expect(removePlaceFromServiceOrThrow(staff, id, service.version - 1, locationId)).rejects.toBeInstanceOf(StaleVersionError);
    await removePlaceFromServiceOrThrow(staff, id, service.version, locationId);
    service = await getServiceForEditOrThrow(staff, id);
    expect([service.locations.length, service.hours.length]).toEqual([0, 0]);
    expect(await db.location.count({ where: { id: locationId } })).toBe(1); // the organization keeps the place
    expect(await db.auditLog.count({ where: { action: 'place_removed', targetId: id, actorId: staff.userId } })).toBe(1);
    await expect(getPlaceForEditOrThrow(staff, id, locationId)).rejects.toBeInstanceOf(NotFoundError);
    expect(await listPlacesOfService(staff, id)).toEqual([]);
  });

  it('refuses partners and the signed-out, and changes nothing', async () => {
    const service = await db.service.findUniqueOrThrow({ where: { slug: tag } });
    const location = await db.location.findFirstOrThrow({ where: { name: { startsWith: tag } } });
    for (const actor of [partner, null]) {
      for (const call of [
        () => addPlaceToServiceOrThrow(actor, service.id, service.version, place()),
        () => updatePlaceOrThrow(actor, location.id, location.version, place({ name: `${tag} hacked` })),
        () => removePlaceFromServiceOrThrow(actor, service.id, service.version, location.id),
        () => listPlacesOfService(actor, service.id),
        () => getPlaceForEditOrThrow(actor, service.id, location.id),
      ]) await expect(call()).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect((await db.service.findUniqueOrThrow({ where: { id: service.id } })).version).toBe(service.version);
    expect((await db.location.findUniqueOrThrow({ where: { id: location.id } })).name).toBe(location.name);
  });
});
