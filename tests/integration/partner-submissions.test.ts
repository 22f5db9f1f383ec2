import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventToFormValues } from '../../components/admin/editors/event-values';
import { serviceToFormValues } from '../../components/admin/editors/service-values';
import { ForbiddenError, type Actor } from '../../lib/auth/actor';
import { StaleVersionError } from '../../lib/data/admin/errors';
import { loadEventForEditOrThrow } from '../../lib/data/admin/events';
import { approveSubmissionOrThrow, decideSubmissionWithNoteOrThrow, listPendingPartnerSubmissions } from '../../lib/data/admin/moderation';
import { createServiceOrThrow, loadServiceForEditOrThrow, setServiceStatusOrThrow, updateServiceOrThrow, verifyServiceOrThrow } from '../../lib/data/admin/services';
import {
  createPartnerSubmissionOrThrow, getPartnerDashboard, resubmitPartnerSubmissionOrThrow, withdrawPartnerSubmissionOrThrow, type NewSubmission,
} from '../../lib/data/partner-submissions';
import { AlreadyDecidedError, ArchivedListingError, ProposalInvalidError } from '../../lib/data/submission-errors';
import { serviceInputSchema, type ServiceFormValues } from '../../lib/validation/admin/service';
import { MAX_PAYLOAD_CHARS, type ServiceProposal } from '../../lib/validation/partner-submission';
import { createTestUser, deleteTestUsers, startSmtpCapture } from './support/accounts';
import { testDb } from './support/db';

// R1–R4 and A7 through lib/data, as the server actions call it: a partner proposes only for
// their own organization, a proposal is stored and never applied until staff approve, and
// approval is one transaction credited to both, refused when stale or already decided.

const db = testDb();
let partner: Actor, otherPartner: Actor, staff: Actor;
let org: { id: string }, otherOrg: { id: string };
let serviceId: string, otherServiceId: string, ownLocation: string, foreignLocation: string;
const createdServices: string[] = [];
const spanish = JSON.parse(readFileSync('messages/moderation/es.json', 'utf8'));

beforeAll(async () => {
  // Two organizations with places, neither the demo partner's (browser tests use that one).
  const orgs = await db.organization.findMany({ where: { locations: { some: {} } }, orderBy: { slug: 'desc' }, take: 2, include: { locations: { take: 1 } } });
  [org, otherOrg] = [orgs[0]!, orgs[1]!];
  ownLocation = orgs[0]!.locations[0]!.id;
  foreignLocation = orgs[1]!.locations[0]!.id;
  staff = (await createTestUser('staff')).actor;
  partner = (await createTestUser('partner', { organizationId: org.id })).actor;
  otherPartner = (await createTestUser('partner', { organizationId: otherOrg.id })).actor;
  await db.user.update({ where: { id: partner.userId }, data: { preferredLocale: 'es' } });
  const category = await db.category.findFirstOrThrow();
  const make = async (organizationId: string, name: string) => {
    const input = serviceInputSchema.parse({ ...blankService(organizationId), name, slug: `partner-test-${randomUUID().slice(0, 8)}`, summary: 'Help', description: 'We help.', categoryIds: [category.id], phone: '555-010-0100' });
    const { id, version } = await createServiceOrThrow(staff, input);
    await setServiceStatusOrThrow(staff, id, version, 'published');
    await verifyServiceOrThrow(staff, id); // a normal visible listing: search tests count published, verified ones
    createdServices.push(id);
    return id;
  };
  serviceId = await make(org.id, 'Partner test pantry');
  otherServiceId = await make(otherOrg.id, 'Someone else’s clinic');
});
afterAll(async () => {
  // Approved translations are `reviewed`; the demo-data test expects none among seeded listings, so leave none behind.
  await db.serviceTranslation.deleteMany({ where: { serviceId: { in: createdServices }, status: 'reviewed' } });
  await db.submission.deleteMany({ where: { submittedById: { in: [partner.userId, otherPartner.userId] } } });
  await db.$disconnect();
  await deleteTestUsers();
});

function blankService(organizationId: string): ServiceFormValues {
  return {
    slug: '', organizationId, name: '', alternateName: '', summary: '', description: '', eligibility: '', howToApply: '', documentsToBring: '', feesDescription: '',
    alertMessage: '', alertUntil: '', website: '', email: '', phone: '', asksImmigrationStatus: 'unknown', sharesDataWithGovernment: 'unknown', statusSafetyConfirmedAt: '',
    legalAuthorization: 'not_applicable', legalAuthorizationReference: '', legalAuthorizationCheckedAt: '', idsConfirmedAt: '', primaryCategoryId: '',
    isFree: '', acceptsWalkIns: '', appointmentNeeded: '', interpreterAvailable: '', offeredOnline: '', offeredByPhone: '', servesRegardlessOfStatus: '',
    languages: [], idsAccepted: [], categoryIds: [], locationIds: [], hours: [], exceptions: [],
  };
}

/** A proposed edit of a service, starting from its current values. */
async function editOf(id: string, change: Partial<ServiceFormValues>, translations: NewSubmission['proposal']['translations'] = []): Promise<NewSubmission & { proposal: ServiceProposal }> {
  const current = await loadServiceForEditOrThrow(id);
  return {
    kind: 'edit_service', targetId: id, targetVersion: current.version, idempotencyKey: randomUUID(), message: '', locale: 'es',
    proposal: { values: { ...serviceToFormValues(current), ...change }, translations },
  };
}

describe('who may propose what', () => {
  it('refuses staff, admins and anonymous callers', async () => {
    const s = await editOf(serviceId, { phone: '555-010-0199' });
    await expect(createPartnerSubmissionOrThrow(staff, s)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createPartnerSubmissionOrThrow(null, s)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(approveSubmissionOrThrow(partner, randomUUID())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listPendingPartnerSubmissions(partner)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('refuses another organization’s listing, organization id or place (ID tampering), storing nothing', async () => {
    const before = await db.submission.count();
    await expect(createPartnerSubmissionOrThrow(partner, await editOf(otherServiceId, { phone: '555-010-0199' }))).rejects.toBeInstanceOf(ForbiddenError);
    const mine = await editOf(serviceId, { organizationId: otherOrg.id });
    await expect(createPartnerSubmissionOrThrow(partner, mine)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createPartnerSubmissionOrThrow(partner, await editOf(serviceId, { locationIds: [foreignLocation] }))).rejects.toBeInstanceOf(ForbiddenError);
    const brandNew: NewSubmission = { kind: 'new_service', targetId: null, targetVersion: null, idempotencyKey: randomUUID(), message: '', locale: 'en', proposal: { values: { ...blankService(otherOrg.id), name: 'Sneaky', slug: 'sneaky-new' }, translations: [] } };
    await expect(createPartnerSubmissionOrThrow(partner, brandNew)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.submission.count()).toBe(before);
  });

  it('refuses archived listings', async () => {
    const archived = await (async () => {
      const s = await loadServiceForEditOrThrow(serviceId);
      const input = serviceInputSchema.parse({ ...serviceToFormValues(s), slug: `partner-archived-${randomUUID().slice(0, 8)}` });
      const created = await createServiceOrThrow(staff, input);
      await setServiceStatusOrThrow(staff, created.id, created.version, 'archived');
      return created.id;
    })();
    await expect(createPartnerSubmissionOrThrow(partner, await editOf(archived, { phone: '555-010-0177' }))).rejects.toBeInstanceOf(ArchivedListingError);
  });

  it('refuses what the editor refuses, and oversized proposals, with field errors', async () => {
    const bad = await editOf(serviceId, { email: 'not-an-email', name: '' });
    const error = await createPartnerSubmissionOrThrow(partner, bad).catch((e) => e);
    expect(error).toBeInstanceOf(ProposalInvalidError);
    expect(Object.keys(error.errors)).toEqual(expect.arrayContaining(['email', 'name']));
    const huge = await editOf(serviceId, {}, Array.from({ length: 30 }, (_, i) => ({ locale: 'es', field: 'description', value: `${i}${'x'.repeat(9_000)}` })));
    const tooBig = await createPartnerSubmissionOrThrow(partner, huge).catch((e) => e);
    expect(JSON.stringify(huge.proposal).length).toBeGreaterThan(MAX_PAYLOAD_CHARS);
    expect(tooBig).toBeInstanceOf(ProposalInvalidError);
    expect(tooBig.errors.form).toEqual(['tooLarge']);
    expect(await db.submission.count({ where: { idempotencyKey: { in: [bad.idempotencyKey, huge.idempotencyKey] } } })).toBe(0);
  });
});

describe('a stored proposal', () => {
  it('is one submission however often the form is posted (idempotency key), and changes nothing yet', async () => {
    const s = await editOf(serviceId, { phone: '555-010-0111' });
    const results = await Promise.all([createPartnerSubmissionOrThrow(partner, s), createPartnerSubmissionOrThrow(partner, s)]);
    const again = await createPartnerSubmissionOrThrow(partner, s);
    expect(new Set([...results, again].map((r) => r.id)).size).toBe(1);
    expect([...results, again].filter((r) => r.created)).toHaveLength(1);
    expect(await db.submission.count({ where: { idempotencyKey: s.idempotencyKey } })).toBe(1);
    expect((await db.service.findUniqueOrThrow({ where: { id: serviceId } })).phone).not.toBe('555-010-0111');
    // Someone else replaying the key gets nothing.
    await expect(createPartnerSubmissionOrThrow(otherPartner, s)).rejects.toBeInstanceOf(ForbiddenError);
    await withdrawPartnerSubmissionOrThrow(partner, results[0]!.id);
    expect((await db.submission.findUniqueOrThrow({ where: { id: results[0]!.id } })).status).toBe('withdrawn');
    await expect(withdrawPartnerSubmissionOrThrow(otherPartner, results[0]!.id)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('moderation', () => {
  it('approves in one transaction: listing, translation, revision credited to both, audit, email in the partner’s language', async () => {
    const smtp = await startSmtpCapture();
    try {
      const s = await editOf(serviceId, { phone: '555-010-0122', summary: '<img src=x onerror=alert(1)> Fresh food' }, [{ locale: 'fr', field: 'summary', value: 'Nourriture fraîche' }]);
      const { id } = await createPartnerSubmissionOrThrow(partner, s);
      expect((await listPendingPartnerSubmissions(staff)).map((p) => p.id)).toContain(id);
      const result = await approveSubmissionOrThrow(staff, id);
      const service = await db.service.findUniqueOrThrow({ where: { id: serviceId }, include: { translations: true } });
      expect(service.phone).toBe('555-010-0122');
      expect(service.summary).toBe('<img src=x onerror=alert(1)> Fresh food'); // stored as typed; pages render text
      expect(service.translations.find((t) => t.locale === 'fr' && t.field === 'summary')).toMatchObject({ value: 'Nourriture fraîche', status: 'reviewed' });
      const revision = await db.revision.findUniqueOrThrow({ where: { entityType_entityId_version: { entityType: 'service', entityId: serviceId, version: result.version } } });
      expect(revision).toMatchObject({ action: 'approve_submission', authorId: partner.userId, approvedById: staff.userId, submissionId: id });
      expect(await db.auditLog.count({ where: { action: 'submission_approved', targetId: id, actorId: staff.userId } })).toBe(1);
      expect(smtp.messages.map((m) => m.to)).toEqual([[partner.email]]);
      expect(smtp.text(smtp.messages[0]!)).toContain(spanish.ModerationEmail.approved.subject.split(':')[0]);
      // A second click, or a colleague, approving again: refused, nothing applied twice.
      await expect(approveSubmissionOrThrow(staff, id)).rejects.toBeInstanceOf(AlreadyDecidedError);
      expect(await db.revision.count({ where: { submissionId: id } })).toBe(1);
    } finally {
      await smtp.stop();
    }
  });

  it('lets two simultaneous approvals apply once', async () => {
    const { id } = await createPartnerSubmissionOrThrow(partner, await editOf(serviceId, { phone: '555-010-0133' }));
    const outcomes = await Promise.allSettled([approveSubmissionOrThrow(staff, id), approveSubmissionOrThrow(staff, id)]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect((outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult).reason).toBeInstanceOf(AlreadyDecidedError);
    expect(await db.revision.count({ where: { submissionId: id } })).toBe(1);
  });

  it('refuses approval when the listing moved on, says what changed, and applies nothing; edit-then-approve on the new version works', async () => {
    const s = await editOf(serviceId, { phone: '555-010-0144' });
    const { id } = await createPartnerSubmissionOrThrow(partner, s);
    const current = await loadServiceForEditOrThrow(serviceId);
    await updateServiceOrThrow(staff, serviceId, current.version, serviceInputSchema.parse({ ...serviceToFormValues(current), website: 'https://pantry.example.org' }));
    const error = await approveSubmissionOrThrow(staff, id).catch((e) => e);
    expect(error).toBeInstanceOf(StaleVersionError);
    expect(error.changes.map((c: { field: string }) => c.field)).toContain('website');
    expect((await db.submission.findUniqueOrThrow({ where: { id } })).status).toBe('pending');
    expect((await db.service.findUniqueOrThrow({ where: { id: serviceId } })).phone).not.toBe('555-010-0144');

    const edited = { ...s.proposal, values: { ...s.proposal.values, website: 'https://pantry.example.org', phone: '555-010-0155' } };
    await approveSubmissionOrThrow(staff, id, { proposal: edited, expectedVersion: error.currentVersion });
    const after = await db.service.findUniqueOrThrow({ where: { id: serviceId } });
    expect([after.phone, after.website]).toEqual(['555-010-0155', 'https://pantry.example.org']);
  });

  it('requests changes and rejects with a note the partner reads; a corrected proposal goes back to the queue', async () => {
    const smtp = await startSmtpCapture();
    try {
      const s = await editOf(serviceId, { phone: '555-010-0166' });
      const { id } = await createPartnerSubmissionOrThrow(partner, s);
      await decideSubmissionWithNoteOrThrow(staff, id, 'changes_requested', 'Please add the opening hours.');
      const dashboard = await getPartnerDashboard(partner);
      expect(dashboard.submissions.find((x) => x.id === id)).toMatchObject({ status: 'changes_requested', reviewerNote: 'Please add the opening hours.' });
      expect(smtp.text(smtp.messages[0]!)).toContain('Please add the opening hours.');
      expect(await db.auditLog.count({ where: { action: 'submission_changes_requested', targetId: id } })).toBe(1);

      const corrected = { ...s.proposal, values: { ...s.proposal.values, hours: [{ weekday: '1', opensAt: '09:00', closesAt: '17:00', locationId: '' }] } };
      await expect(resubmitPartnerSubmissionOrThrow(otherPartner, id, corrected, '')).rejects.toBeInstanceOf(ForbiddenError);
      expect((await resubmitPartnerSubmissionOrThrow(partner, id, corrected, 'Added hours')).resubmitted).toBe(true);
      expect((await resubmitPartnerSubmissionOrThrow(partner, id, corrected, 'Added hours')).resubmitted).toBe(false);
      expect((await db.submission.findUniqueOrThrow({ where: { id } })).status).toBe('pending');

      await decideSubmissionWithNoteOrThrow(staff, id, 'rejected', 'Duplicate of another listing.');
      await expect(decideSubmissionWithNoteOrThrow(staff, id, 'rejected', 'again')).rejects.toBeInstanceOf(AlreadyDecidedError);
      await expect(withdrawPartnerSubmissionOrThrow(partner, id)).rejects.toBeInstanceOf(AlreadyDecidedError);
      expect(smtp.messages).toHaveLength(2);
    } finally {
      await smtp.stop();
    }
  });

  it('creates a new service as a draft credited to the partner', async () => {
    const category = await db.category.findFirstOrThrow();
    const slug = `partner-new-${randomUUID().slice(0, 8)}`;
    const s: NewSubmission = {
      kind: 'new_service', targetId: null, targetVersion: null, idempotencyKey: randomUUID(), message: 'New program', locale: 'en',
      proposal: { values: { ...blankService(org.id), name: 'Evening ESL', slug, summary: 'English classes', categoryIds: [category.id], locationIds: [ownLocation], phone: '555-010-0188' }, translations: [{ locale: 'es', field: 'name', value: 'Inglés por la tarde' }] },
    };
    const { id } = await createPartnerSubmissionOrThrow(partner, s);
    const { listingId } = await approveSubmissionOrThrow(staff, id);
    createdServices.push(listingId);
    const created = await db.service.findUniqueOrThrow({ where: { id: listingId }, include: { translations: true } });
    expect(created).toMatchObject({ slug, status: 'draft', organizationId: org.id });
    expect(created.translations.map((t) => t.value)).toContain('Inglés por la tarde');
    expect(await db.revision.findFirstOrThrow({ where: { entityId: listingId, submissionId: id } })).toMatchObject({ authorId: partner.userId, approvedById: staff.userId });
    expect((await db.submission.findUniqueOrThrow({ where: { id } })).targetId).toBe(listingId);
  });
});

describe('events', () => {
  it('approves a proposed event edit with a translation, credited to both; another organization’s event is refused', async () => {
    const own = await db.event.findFirstOrThrow({ where: { organizationId: { not: null }, status: 'published' }, orderBy: { slug: 'asc' } });
    const foreign = await db.event.findFirstOrThrow({ where: { organizationId: { notIn: [own.organizationId!] }, status: 'published' } });
    const eventPartner = (await createTestUser('partner', { organizationId: own.organizationId })).actor;
    const before = await db.eventTranslation.findUnique({ where: { eventId_locale_field: { eventId: own.id, locale: 'pt', field: 'title' } } });
    const current = await loadEventForEditOrThrow(own.id);
    const values = { ...eventToFormValues(current), title: `${current.title} (partner edit)` };
    const s: NewSubmission = { kind: 'edit_event', targetId: own.id, targetVersion: current.version, idempotencyKey: randomUUID(), message: '', locale: 'en', proposal: { values, translations: [{ locale: 'pt', field: 'title', value: 'Título proposto' }] } };
    const { id } = await createPartnerSubmissionOrThrow(eventPartner, s);
    const { version } = await approveSubmissionOrThrow(staff, id);
    const after = await db.event.findUniqueOrThrow({ where: { id: own.id }, include: { translations: true } });
    expect(after.title).toBe(values.title);
    expect(after.translations.find((t) => t.locale === 'pt' && t.field === 'title')?.value).toBe('Título proposto');
    expect(await db.revision.findUniqueOrThrow({ where: { entityType_entityId_version: { entityType: 'event', entityId: own.id, version } } })).toMatchObject({ authorId: eventPartner.userId, approvedById: staff.userId, submissionId: id });
    const forged = { ...s, idempotencyKey: randomUUID(), targetId: foreign.id, targetVersion: foreign.version };
    await expect(createPartnerSubmissionOrThrow(eventPartner, forged)).rejects.toBeInstanceOf(ForbiddenError);
    await db.submission.deleteMany({ where: { submittedById: eventPartner.userId } });
    // Leave the demo event's translation as the demo data had it.
    const where = { eventId_locale_field: { eventId: own.id, locale: 'pt', field: 'title' } };
    if (before) await db.eventTranslation.update({ where, data: { value: before.value, status: before.status, sourceHash: before.sourceHash } });
    else await db.eventTranslation.delete({ where });
  });
});

describe('reverification (R5)', () => {
  it('lets a partner confirm their own listing, never another organization’s', async () => {
    const before = (await db.service.findUniqueOrThrow({ where: { id: serviceId } })).verifiedAt;
    await verifyServiceOrThrow(partner, serviceId, new Date(Date.now() + 1000));
    const after = await db.service.findUniqueOrThrow({ where: { id: serviceId } });
    expect(after.verifiedAt!.getTime()).toBeGreaterThan(before?.getTime() ?? 0);
    expect(after.verifiedById).toBe(partner.userId);
    await expect(verifyServiceOrThrow(partner, otherServiceId)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
