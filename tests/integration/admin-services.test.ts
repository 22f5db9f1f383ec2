import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForbiddenError, type Actor } from '../../lib/auth/actor';
import { PublishBlockedError, StaleVersionError } from '../../lib/data/admin/errors';
import { compareRevisionsOrThrow, getRevisionOrThrow, listRevisions } from '../../lib/data/admin/revisions';
import {
  createServiceOrThrow, getServiceForEditOrThrow, getServiceFormOptions, listServicesForStaff, markServiceTranslationReviewedOrThrow,
  restoreServiceRevisionOrThrow, setServiceStatusOrThrow, updateServiceOrThrow, verifyServiceOrThrow,
} from '../../lib/data/admin/services';
import { sourceHash } from '../../lib/data/admin/translations';
import { getPublicService } from '../../lib/data/services';
import { serviceInputSchema, type ServiceInput } from '../../lib/validation/admin/service';
import { demoActor } from './support/actors';
import { testDb } from './support/db';

const db = testDb();
let staff: Actor, admin: Actor, partner: Actor;
let base: ServiceInput;
let otherCategoryId: string;

const XSS = `<script>alert("x")</script><img src=x onerror=alert(1)>"'&`;

beforeAll(async () => {
  [staff, admin, partner] = await Promise.all([demoActor(db, 'staff'), demoActor(db, 'admin'), demoActor(db, 'partner')]);
  const org = await db.organization.findFirstOrThrow({ where: { status: 'published', locations: { some: {} } }, include: { locations: true } });
  const [cat, other] = await db.category.findMany({ take: 2, orderBy: { slug: 'asc' } });
  otherCategoryId = other!.id;
  const loc = org.locations[0]!.id;
  base = serviceInputSchema.parse({
    slug: `editor-test-${Date.now()}`, organizationId: org.id, name: 'Editor test clinic', alternateName: '', summary: 'Free checkups',
    description: 'Walk in and see a nurse.', eligibility: '', howToApply: 'Come in', documentsToBring: 'Any ID', feesDescription: '',
    alertMessage: '', alertUntil: '', website: 'https://clinic.example.org', email: 'desk@clinic.example.org', phone: '+1 (555) 010-0100',
    isFree: 'on', acceptsWalkIns: 'on', appointmentNeeded: '', interpreterAvailable: '', offeredOnline: '', offeredByPhone: '',
    languages: ['en', 'es'], asksImmigrationStatus: 'never', sharesDataWithGovernment: 'no', servesRegardlessOfStatus: 'on',
    statusSafetyConfirmedAt: '2026-01-15', legalAuthorization: 'not_applicable', legalAuthorizationReference: '', legalAuthorizationCheckedAt: '',
    idsAccepted: ['none_needed'], idsConfirmedAt: '', categoryIds: [cat!.id], primaryCategoryId: cat!.id, locationIds: [loc],
    hours: [
      { weekday: '1', opensAt: '09:00', closesAt: '12:00', locationId: loc },
      { weekday: '1', opensAt: '13:00', closesAt: '17:00', locationId: loc },
      { weekday: '3', opensAt: '22:00', closesAt: '02:00', locationId: '' },
    ],
    exceptions: [{ date: '2026-12-25', closed: true, opensAt: null, closesAt: null, note: 'Holiday', locationId: '' }],
  });
});
// Files share the demo database: leave it as found (other files count reviewed translations).
let seededBefore: { id: string; version: number; verifiedAt: Date | null; verifiedById: string | null } | null = null;
afterAll(async () => {
  const mine = await db.service.findMany({ where: { slug: { startsWith: 'editor-test-' } }, select: { id: true } });
  await db.service.deleteMany({ where: { id: { in: mine.map((s) => s.id) } } });
  if (seededBefore) {
    const { id, ...data } = seededBefore;
    await db.service.update({ where: { id }, data });
    await db.revision.deleteMany({ where: { entityId: id } });
  }
  await db.$disconnect();
});

async function createOne(overrides: Partial<ServiceInput> = {}) {
  return createServiceOrThrow(staff, { ...base, slug: `editor-test-${crypto.randomUUID().slice(0, 8)}`, ...overrides });
}

describe('service editor data layer', () => {
  it('creates a draft with every field and a full-snapshot revision', async () => {
    const { id, version } = await createOne();
    expect(version).toBe(1);
    const row = await getServiceForEditOrThrow(staff, id);
    expect(row.status).toBe('draft');
    expect(row.hours).toHaveLength(3);
    expect(row.hours.filter((h) => h.weekday === 1).map((h) => [h.opensAt, h.closesAt])).toEqual([[540, 720], [780, 1020]]);
    expect(row.idsAccepted).toEqual(['none_needed']);
    const [rev] = await listRevisions(staff, 'service', id);
    expect(rev).toMatchObject({ version: 1, action: 'create', authorName: staff.name });
    const full = await getRevisionOrThrow(staff, rev!.id);
    expect(full.snapshot).toMatchObject({ name: 'Editor test clinic', asksImmigrationStatus: 'never', locations: base.locationIds, categories: [{ categoryId: base.categoryIds[0], isPrimary: true }] });
    expect((full.snapshot.hours as unknown[]).length).toBe(3);
    expect(full.snapshot.exceptions).toEqual([{ locationId: null, date: '2026-12-25', closed: true, opensAt: null, closesAt: null, note: 'Holiday' }]);
  });

  it('updates, increments the version, and refuses a stale save with what changed', async () => {
    const { id } = await createOne();
    const first = await updateServiceOrThrow(staff, id, 1, { ...base, slug: (await db.service.findUniqueOrThrow({ where: { id } })).slug, name: 'Renamed by A' });
    expect(first.version).toBe(2);
    const slug = (await db.service.findUniqueOrThrow({ where: { id } })).slug;
    const stale = updateServiceOrThrow(admin, id, 1, { ...base, slug, summary: 'B edits from version 1' });
    await expect(stale).rejects.toBeInstanceOf(StaleVersionError);
    const error = (await stale.catch((e) => e)) as StaleVersionError;
    expect(error.currentVersion).toBe(2);
    expect(error.changes).toContainEqual({ field: 'name', before: 'Editor test clinic', after: 'Renamed by A' });
    const row = await db.service.findUniqueOrThrow({ where: { id } });
    expect([row.name, row.summary, row.version]).toEqual(['Renamed by A', 'Free checkups', 2]);
  });

  it('records a baseline revision before the first change of a demo listing', async () => {
    const seeded = await db.service.findFirstOrThrow({ where: { status: 'published' }, include: { categories: true, locations: true } });
    seededBefore = { id: seeded.id, version: seeded.version, verifiedAt: seeded.verifiedAt, verifiedById: seeded.verifiedById };
    expect(await db.revision.count({ where: { entityType: 'service', entityId: seeded.id } })).toBe(0);
    await verifyServiceOrThrow(staff, seeded.id);
    const revisions = await listRevisions(staff, 'service', seeded.id);
    expect(revisions.map((r) => [r.version, r.action])).toEqual([[seeded.version + 1, 'verify'], [seeded.version, 'import']]);
    const after = await db.service.findUniqueOrThrow({ where: { id: seeded.id } });
    expect(after.verifiedById).toBe(staff.userId);
    expect(Date.now() - after.verifiedAt!.getTime()).toBeLessThan(60_000);
  });

  it('stores HTML and script payloads verbatim in every text field', async () => {
    const texts = { name: `N ${XSS}`, alternateName: `A ${XSS}`, summary: `S ${XSS}`, description: `D ${XSS}`, eligibility: `E ${XSS}`, howToApply: `H ${XSS}`, documentsToBring: `B ${XSS}`, feesDescription: `F ${XSS}`, alertMessage: `M ${XSS}`, legalAuthorizationReference: `R ${XSS}` };
    const { id } = await createOne(texts);
    const row = await db.service.findUniqueOrThrow({ where: { id } });
    for (const [field, value] of Object.entries(texts)) expect(row[field as keyof typeof row]).toBe(value);
    const exception = { ...base.exceptions[0]!, note: XSS };
    const { id: id2 } = await createOne({ exceptions: [exception] });
    expect((await db.hoursException.findFirstOrThrow({ where: { serviceId: id2 } })).note).toBe(XSS);
  });

  it('restores an old revision as a new version, recorded as a restore', async () => {
    const { id } = await createOne();
    const slug = (await db.service.findUniqueOrThrow({ where: { id } })).slug;
    await updateServiceOrThrow(staff, id, 1, { ...base, slug, name: 'Changed name', hours: [], categoryIds: [otherCategoryId], primaryCategoryId: otherCategoryId });
    const revisions = await listRevisions(staff, 'service', id);
    const original = revisions.find((r) => r.version === 1)!;
    const restored = await restoreServiceRevisionOrThrow(staff, original.id, 2);
    expect(restored.version).toBe(3);
    const row = await getServiceForEditOrThrow(staff, id);
    expect(row.name).toBe('Editor test clinic');
    expect(row.hours).toHaveLength(3);
    expect(row.categories.map((c) => c.categoryId)).toEqual(base.categoryIds);
    const [latest] = await listRevisions(staff, 'service', id);
    expect(latest).toMatchObject({ version: 3, action: 'restore', restoredFrom: original.id });
    await expect(restoreServiceRevisionOrThrow(staff, original.id, 2)).rejects.toBeInstanceOf(StaleVersionError);
  });

  it('compares two revisions field by field, translations per locale', async () => {
    const { id } = await createOne();
    await db.serviceTranslation.create({ data: { serviceId: id, locale: 'es', field: 'name', value: 'Clínica', status: 'machine', sourceHash: sourceHash('Editor test clinic') } });
    const slug = (await db.service.findUniqueOrThrow({ where: { id } })).slug;
    await updateServiceOrThrow(staff, id, 1, { ...base, slug, name: 'Clinic two', phone: null });
    await markServiceTranslationReviewedOrThrow(staff, id, 2, 'es', 'name');
    const [v3, v2, v1] = await listRevisions(staff, 'service', id);
    const diff = await compareRevisionsOrThrow(staff, v1!.id, v2!.id);
    expect(diff).toContainEqual({ field: 'name', before: 'Editor test clinic', after: 'Clinic two' });
    expect(diff).toContainEqual({ field: 'phone', before: '+1 (555) 010-0100', after: '' });
    expect(diff).toContainEqual({ field: 'translations.es.name', before: null, after: 'Clínica' });
    expect(diff.find((d) => d.field === 'summary')).toBeUndefined();
    const review = await compareRevisionsOrThrow(staff, v2!.id, v3!.id);
    expect(review).toContainEqual({ field: 'translations.es.name.status', before: 'machine', after: 'reviewed' });
  });

  it('shows translations as outdated when their source changed, until reviewed', async () => {
    const { id } = await createOne();
    await db.serviceTranslation.create({ data: { serviceId: id, locale: 'ar', field: 'summary', value: 'فحوصات مجانية', status: 'machine', sourceHash: sourceHash('Free checkups') } });
    expect((await getServiceForEditOrThrow(staff, id)).translationViews[0]).toMatchObject({ locale: 'ar', outdated: false, status: 'machine' });
    const slug = (await db.service.findUniqueOrThrow({ where: { id } })).slug;
    await updateServiceOrThrow(staff, id, 1, { ...base, slug, summary: 'Free checkups and vaccines' });
    expect((await getServiceForEditOrThrow(staff, id)).translationViews[0]).toMatchObject({ outdated: true });
    await markServiceTranslationReviewedOrThrow(staff, id, 2, 'ar', 'summary');
    expect((await getServiceForEditOrThrow(staff, id)).translationViews[0]).toMatchObject({ outdated: false, status: 'reviewed' });
  });

  it('publishes only complete services; archiving hides from the public at once', async () => {
    const { id: incomplete } = await createOne({ description: '', categoryIds: [], primaryCategoryId: null });
    const blocked = await setServiceStatusOrThrow(staff, incomplete, 1, 'published').catch((e) => e);
    expect(blocked).toBeInstanceOf(PublishBlockedError);
    expect((blocked as PublishBlockedError).missing).toEqual(['description', 'categoryIds']);

    const { id } = await createOne();
    const published = await setServiceStatusOrThrow(staff, id, 1, 'published');
    await verifyServiceOrThrow(staff, id);
    const row = await db.service.findUniqueOrThrow({ where: { id } });
    expect(row.publishedAt).not.toBeNull();
    expect(await getPublicService(row.slug, 'en')).not.toBeNull();
    await setServiceStatusOrThrow(staff, id, published.version + 1, 'archived');
    expect(await getPublicService(row.slug, 'en')).toBeNull();
    expect((await listRevisions(staff, 'service', id)).map((r) => r.action)).toEqual(['archive', 'verify', 'publish', 'create']);
    expect(await db.auditLog.count({ where: { action: 'listing_archived', targetType: 'service', targetId: id, actorId: staff.userId } })).toBe(1);
  });

  it('leaves the previous state intact when a write fails half-way', async () => {
    const { id } = await createOne();
    const before = await getServiceForEditOrThrow(staff, id);
    const slug = before.slug;
    const missingCategory = '00000000-0000-4000-8000-000000000000';
    await expect(updateServiceOrThrow(staff, id, 1, { ...base, slug, name: 'Half saved', categoryIds: [missingCategory], primaryCategoryId: missingCategory })).rejects.toThrow();
    const after = await getServiceForEditOrThrow(staff, id);
    expect([after.name, after.version, after.categories.length, after.hours.length]).toEqual([before.name, 1, 1, 3]);
    expect(await db.revision.count({ where: { entityId: id } })).toBe(1);
  });

  it('refuses partners and anonymous callers everywhere', async () => {
    const { id } = await createOne();
    const [rev] = await listRevisions(staff, 'service', id);
    for (const actor of [partner, null]) {
      const calls = [
        () => createServiceOrThrow(actor, base), () => updateServiceOrThrow(actor, id, 1, base), () => setServiceStatusOrThrow(actor, id, 1, 'archived'),
        () => restoreServiceRevisionOrThrow(actor, rev!.id, 1), () => verifyServiceOrThrow(actor, id), () => markServiceTranslationReviewedOrThrow(actor, id, 1, 'es', 'name'),
        () => getServiceForEditOrThrow(actor, id), () => getServiceFormOptions(actor, null), () => listServicesForStaff(actor, {}),
        () => listRevisions(actor, 'service', id), () => getRevisionOrThrow(actor, rev!.id), () => compareRevisionsOrThrow(actor, rev!.id, rev!.id),
      ];
      for (const call of calls) await expect(call()).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect((await db.service.findUniqueOrThrow({ where: { id } })).version).toBe(1);
  });

  it('lists services for staff with a text filter', async () => {
    const { id } = await createOne({ name: 'Zebra unique editor listing' });
    const found = await listServicesForStaff(staff, { query: 'zebra unique' });
    expect(found.items.map((s) => s.id)).toEqual([id]);
  });
});
