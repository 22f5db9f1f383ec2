import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForbiddenError, type Actor } from '../../lib/auth/actor';
import { NotFoundError, StaleVersionError } from '../../lib/data/admin/errors';
import { addPlaceToServiceOrThrow, getPlaceForEditOrThrow, savePlaceTranslationOrThrow } from '../../lib/data/admin/places';
import { listRevisions } from '../../lib/data/admin/revisions';
import { createServiceOrThrow, getServiceForEditOrThrow, saveServiceTranslationOrThrow, setServiceStatusOrThrow } from '../../lib/data/admin/services';
import { createSimpleEntityOrThrow, getSimpleEntityForEditOrThrow, saveSimpleEntityTranslationOrThrow } from '../../lib/data/admin/simple-entities';
import { getPublicService } from '../../lib/data/services';
import { translationEntrySchema } from '../../lib/validation/admin/translation-entry';
import { organizationInputSchema } from '../../lib/validation/admin/organization';
import { placeInputSchema } from '../../lib/validation/admin/place';
import { serviceInputSchema } from '../../lib/validation/admin/service';
import { demoActor } from './support/actors';
import { testDb } from './support/db';

// L3 / issue 5: staff write a translation of any listing's text beside its source —
// services, organizations, guides, events (tests/integration/events.test.ts) and places.
const db = testDb();
const tag = `entry-test-${Date.now()}`;
let staff: Actor, partner: Actor;
let serviceId: string, locationId: string;

beforeAll(async () => {
  [staff, partner] = await Promise.all([demoActor(db, 'staff'), demoActor(db, 'partner')]);
  const org = await db.organization.findFirstOrThrow({ where: { status: 'published' } });
  const cat = await db.category.findFirstOrThrow({ orderBy: { slug: 'asc' } });
  const service = serviceInputSchema.parse({
    slug: tag, organizationId: org.id, name: 'Entry test service', alternateName: '', summary: 'Help with forms', description: 'We help.', eligibility: '', howToApply: '',
    documentsToBring: '', feesDescription: '', alertMessage: '', alertUntil: '', website: '', email: '', phone: '555-010-0199', isFree: 'on', acceptsWalkIns: '',
    appointmentNeeded: '', interpreterAvailable: '', offeredOnline: '', offeredByPhone: '', languages: ['en'], asksImmigrationStatus: 'never', sharesDataWithGovernment: 'no',
    servesRegardlessOfStatus: '', statusSafetyConfirmedAt: '', legalAuthorization: 'not_applicable', legalAuthorizationReference: '', legalAuthorizationCheckedAt: '',
    idsAccepted: [], idsConfirmedAt: '', categoryIds: [cat.id], primaryCategoryId: cat.id, locationIds: [], hours: [], exceptions: [],
  });
  serviceId = (await createServiceOrThrow(staff, service)).id;
  locationId = (await addPlaceToServiceOrThrow(staff, serviceId, 1, placeInputSchema.parse({
    name: `${tag} main office`, address1: '12 Elm Street', address2: '', city: 'Riverton', region: 'CT', postalCode: '06100', neighborhood: 'Downtown',
    latitude: '', longitude: '', phone: '', isConfidential: '', wheelchairAccessible: 'on', accessibilityNotes: 'Ramp at the side door', transitDirections: 'Bus 4 to Elm St',
  }))).id;
});
afterAll(async () => {
  const orgs = await db.organization.findMany({ where: { slug: { startsWith: tag } }, select: { id: true } });
  await db.revision.deleteMany({ where: { entityId: { in: [serviceId, locationId, ...orgs.map((o) => o.id)] } } });
  await db.service.deleteMany({ where: { id: serviceId } });
  await db.location.deleteMany({ where: { id: locationId } });
  await db.organization.deleteMany({ where: { slug: { startsWith: tag } } });
  await db.$disconnect();
});

const spanish = (field: string, value: string) => ({ locale: 'es', field, value, status: 'reviewed' as const });

describe('translation entry in the editors', () => {
  it('validates the posted form: known kind, enabled language, non-empty text within limits', () => {
    const ok = { kind: 'service', id: serviceId, version: '2', translationLocale: 'es', field: 'name', value: ' Servicio ', status: 'reviewed' };
    expect(translationEntrySchema.parse(ok).value).toBe('Servicio');
    for (const bad of [{ kind: 'user' }, { translationLocale: 'xx' }, { value: '   ' }, { value: 'x'.repeat(10_001) }, { status: 'approved' }, { version: '-1' }, { id: "1' OR 1=1" }]) {
      expect(translationEntrySchema.safeParse({ ...ok, ...bad }).success).toBe(false);
    }
  });

  it('saves a service translation as a new version with a revision, shows it publicly, and refuses partners, stale versions and unknown fields', async () => {
    const { version } = await getServiceForEditOrThrow(staff, serviceId);
    await expect(saveServiceTranslationOrThrow(partner, serviceId, version, spanish('name', 'Servicio de prueba'))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveServiceTranslationOrThrow(staff, serviceId, version, spanish('slug', 'x'))).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveServiceTranslationOrThrow(staff, serviceId, version, { ...spanish('name', 'x'), locale: 'en' })).rejects.toBeInstanceOf(NotFoundError);
    await saveServiceTranslationOrThrow(staff, serviceId, version, spanish('name', 'Servicio <b>de prueba</b>'));
    await expect(saveServiceTranslationOrThrow(staff, serviceId, version, spanish('name', 'Otra'))).rejects.toBeInstanceOf(StaleVersionError);
    const edited = await getServiceForEditOrThrow(staff, serviceId);
    expect(edited.version).toBe(version + 1);
    expect(edited.translationViews).toContainEqual({ locale: 'es', field: 'name', value: 'Servicio <b>de prueba</b>', status: 'reviewed', outdated: false });
    expect((await listRevisions(staff, 'service', serviceId))[0]).toMatchObject({ version: version + 1, action: 'update' });
    await setServiceStatusOrThrow(staff, serviceId, version + 1, 'published');
    expect((await getPublicService(tag, 'es'))!.name).toEqual({ text: 'Servicio <b>de prueba</b>', lang: 'es', status: 'reviewed' });
  });

  it('saves a place translation (its own version and revision) that the public service page shows', async () => {
    const place = await getPlaceForEditOrThrow(staff, serviceId, locationId);
    expect(place.translationViews).toEqual([]);
    const entry = spanish('transitDirections', 'Autobús 4 hasta Elm St');
    await expect(savePlaceTranslationOrThrow(partner, serviceId, locationId, place.version, entry)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(savePlaceTranslationOrThrow(staff, serviceId, locationId, place.version, spanish('postalCode', '1'))).rejects.toBeInstanceOf(NotFoundError);
    // A place is reached through a service that is given there: another service's id is refused.
    const other = await db.service.findFirstOrThrow({ where: { id: { not: serviceId } } });
    await expect(savePlaceTranslationOrThrow(staff, other.id, locationId, place.version, entry)).rejects.toBeInstanceOf(NotFoundError);
    await savePlaceTranslationOrThrow(staff, serviceId, locationId, place.version, entry);
    await expect(savePlaceTranslationOrThrow(staff, serviceId, locationId, place.version, entry)).rejects.toBeInstanceOf(StaleVersionError);
    const after = await getPlaceForEditOrThrow(staff, serviceId, locationId);
    expect(after.version).toBe(place.version + 1);
    expect(after.translationViews).toEqual([{ locale: 'es', field: 'transitDirections', value: 'Autobús 4 hasta Elm St', status: 'reviewed', outdated: false }]);
    expect((await listRevisions(staff, 'location', locationId)).map((r) => r.version)).toContain(place.version + 1);
    const shown = (await getPublicService(tag, 'es'))!.places[0]!.location;
    expect(shown.transitDirections).toEqual({ text: 'Autobús 4 hasta Elm St', lang: 'es', status: 'reviewed' });
    expect(shown.accessibilityNotes).toMatchObject({ text: 'Ramp at the side door', lang: 'en', status: 'fallback' });
  });

  it('saves and corrects an organization translation', async () => {
    const { id } = await createSimpleEntityOrThrow(staff, 'organization', organizationInputSchema.parse({
      slug: `${tag}-org`, name: 'Entry org', alternateName: '', description: 'We help families.', website: '', email: '', phone: '', legalStatus: '', taxId: '', yearFounded: '', status: 'draft',
    }));
    await expect(saveSimpleEntityTranslationOrThrow(partner, 'organization', id, 1, spanish('description', 'Ayudamos.'))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveSimpleEntityTranslationOrThrow(staff, 'organization', id, 1, spanish('name', 'Org'))).rejects.toBeInstanceOf(NotFoundError); // names stay as written
    await saveSimpleEntityTranslationOrThrow(staff, 'organization', id, 1, { ...spanish('description', 'Ayudamos a familas.'), status: 'machine' });
    await saveSimpleEntityTranslationOrThrow(staff, 'organization', id, 2, spanish('description', 'Ayudamos a familias.'));
    const { row, translationViews } = await getSimpleEntityForEditOrThrow(staff, 'organization', id);
    expect(row.version).toBe(3);
    expect(translationViews).toEqual([{ locale: 'es', field: 'description', value: 'Ayudamos a familias.', status: 'reviewed', outdated: false }]);
  });
});
