import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { serviceToFormValues } from '../../components/admin/editors/service-values';
import type { Actor } from '../../lib/auth/actor';
import { loadServiceForEditOrThrow } from '../../lib/data/admin/services';
import type { ServiceFormValues } from '../../lib/validation/admin/service';
import { digestSubmissions } from '../../scripts/digest-submissions';
import { createTestUser, deleteTestUsers, startSmtpCapture } from './support/accounts';
import { testDb } from './support/db';
import { signInAs } from './support/fake-request';

// The proposal and moderation server actions are public POST endpoints: they must refuse the
// wrong role (403) and forged ids before touching anything, be idempotent, and never 500 on
// bad input. Same fake request as admin-action-guards.test.ts.
vi.mock('next/headers', async () => (await import('./support/fake-request')).fakeHeaders);
vi.mock('next/navigation', async () => (await import('./support/fake-request')).fakeNavigation);
vi.mock('next/cache', async () => (await import('./support/fake-request')).fakeCache);
vi.mock('next-intl/server', async () => (await import('./support/fake-request')).fakeIntlServer);

const db = testDb();
let partner: Actor, staff: Actor;
let ownService: string, foreignService: string;
const keys: string[] = [];

beforeAll(async () => {
  const orgs = await db.organization.findMany({ where: { services: { some: { status: 'published' } } }, orderBy: { slug: 'desc' }, skip: 2, take: 2, include: { services: { where: { status: 'published' }, take: 1 } } });
  partner = (await createTestUser('partner', { organizationId: orgs[0]!.id })).actor;
  staff = (await createTestUser('staff')).actor;
  ownService = orgs[0]!.services[0]!.id;
  foreignService = orgs[1]!.services[0]!.id;
});
afterAll(async () => {
  await db.submission.deleteMany({ where: { idempotencyKey: { in: keys } } });
  await db.$disconnect();
  await deleteTestUsers();
});


/** The proposal form as the browser posts it. */
async function proposalForm(serviceId: string, change: Partial<ServiceFormValues> = {}) {
  const current = await loadServiceForEditOrThrow(serviceId);
  const v = { ...serviceToFormValues(current), ...change };
  const fd = new FormData();
  const key = randomUUID();
  keys.push(key);
  for (const [k, value] of Object.entries({ locale: 'en', kind: 'edit_service', targetId: serviceId, targetVersion: String(current.version), idempotencyKey: key, message: '' })) fd.set(k, value);
  for (const [k, value] of Object.entries(v)) {
    if (typeof value === 'string') fd.set(k, value);
  }
  fd.set('languages', v.languages.join(' '));
  for (const k of ['categoryIds', 'locationIds', 'idsAccepted'] as const) for (const x of v[k]) fd.append(k, x);
  for (const h of v.hours) { fd.append('hoursWeekday', h.weekday); fd.append('hoursOpens', h.opensAt); fd.append('hoursCloses', h.closesAt); fd.append('hoursLocation', h.locationId); }
  return { fd, key };
}

const state = { ok: true, fieldErrors: {}, values: null, version: 1 } as never;
const thrown = (p: Promise<unknown>) => p.then(() => 'RETURNED', (e: Error) => e.message);

describe('proposal and moderation actions', () => {
  it('refuse the wrong role with 403 and store nothing', async () => {
    const proposals = await import('../../app/[locale]/admin/proposals/actions');
    const moderation = await import('../../app/[locale]/admin/moderation/actions');
    const { fd, key } = await proposalForm(ownService);
    await signInAs(staff);
    expect(await thrown(proposals.submitServiceProposalAction(state, fd))).toBe('FORBIDDEN');
    expect(await thrown(proposals.confirmListingAction(Object.assign(new FormData(), { })))).toBe('NOT_FOUND');
    await signInAs(partner);
    const decide = new FormData();
    for (const [k, v] of Object.entries({ submissionId: randomUUID(), locale: 'en', decision: 'approve', note: '' })) decide.set(k, v);
    expect(await thrown(moderation.decideSubmissionAction(decide))).toBe('FORBIDDEN');
    expect(await thrown(moderation.approveEditedServiceAction(state, fd))).toBe('NOT_FOUND'); // no submission id: a forged form
    fd.set('submissionId', randomUUID());
    expect(await thrown(moderation.approveEditedServiceAction(state, fd))).toBe('FORBIDDEN');
    await signInAs(null);
    expect(await thrown(proposals.submitServiceProposalAction(state, fd))).toMatch(/^REDIRECT \/en\/admin\/sign-in/);
    expect(await db.submission.count({ where: { idempotencyKey: key } })).toBe(0);
  });

  it('refuse a forged listing id (another organization) with 403', async () => {
    const proposals = await import('../../app/[locale]/admin/proposals/actions');
    await signInAs(partner);
    const { fd, key } = await proposalForm(foreignService, { phone: '555-010-0101' });
    expect(await thrown(proposals.submitServiceProposalAction(state, fd))).toBe('FORBIDDEN');
    const verify = new FormData();
    verify.set('id', foreignService);
    verify.set('locale', 'en');
    expect(await thrown(proposals.confirmListingAction(verify))).toBe('FORBIDDEN');
    expect(await db.submission.count({ where: { idempotencyKey: key } })).toBe(0);
  });

  it('turn a double-posted form into one submission, and an oversized one into a message (no 500)', async () => {
    const proposals = await import('../../app/[locale]/admin/proposals/actions');
    await signInAs(partner);
    const { fd, key } = await proposalForm(ownService, { phone: '555-010-0102' });
    const first = await thrown(proposals.submitServiceProposalAction(state, fd));
    const second = await thrown(proposals.submitServiceProposalAction(state, fd));
    expect(first).toMatch(/^REDIRECT \/en\/admin\/proposals\/[0-9a-f-]{36}\?sent=1$/);
    expect(second).toBe(first);
    expect(await db.submission.count({ where: { idempotencyKey: key } })).toBe(1);

    const big = await proposalForm(ownService);
    for (let i = 0; i < 25; i++) { big.fd.append('trLocale', 'fr'); big.fd.append('trField', 'description'); big.fd.append('trValue', 'x'.repeat(9_000)); }
    const result = await proposals.submitServiceProposalAction(state, big.fd) as { ok: boolean; message: string };
    expect(result.ok).toBe(false);
    expect(result.message).toBe('tooLarge');
    expect(await db.submission.count({ where: { idempotencyKey: big.key } })).toBe(0);
  });

  it('let staff approve once; a second click is explained, not applied', async () => {
    const proposals = await import('../../app/[locale]/admin/proposals/actions');
    const moderation = await import('../../app/[locale]/admin/moderation/actions');
    await signInAs(partner);
    const { fd } = await proposalForm(ownService, { phone: '555-010-0103' });
    const id = (await thrown(proposals.submitServiceProposalAction(state, fd))).match(/proposals\/([0-9a-f-]{36})/)![1]!;
    await signInAs(staff);
    const decide = new FormData();
    for (const [k, v] of Object.entries({ submissionId: id, locale: 'en', decision: 'approve', note: '' })) decide.set(k, v);
    expect(await thrown(moderation.decideSubmissionAction(decide))).toBe('REDIRECT /en/admin/moderation?decided=approve');
    expect(await thrown(moderation.decideSubmissionAction(decide))).toBe(`REDIRECT /en/admin/moderation/${id}?outcome=already`);
    expect((await db.service.findUniqueOrThrow({ where: { id: ownService } })).phone).toBe('555-010-0103');
    const reject = new FormData();
    for (const [k, v] of Object.entries({ submissionId: id, locale: 'en', decision: 'reject', note: '' })) reject.set(k, v);
    expect(await thrown(moderation.decideSubmissionAction(reject))).toBe(`REDIRECT /en/admin/moderation/${id}?outcome=noteRequired`);
  });
});

describe('daily digest (npm run digest:submissions)', () => {
  it('mails the configured recipients a list of the last 24 hours’ submissions, and nothing when there are none', async () => {
    const smtp = await startSmtpCapture();
    const previous = process.env.SUBMISSION_DIGEST_TO;
    process.env.SUBMISSION_DIGEST_TO = 'liaison@city.example, second@city.example';
    try {
      const recent = await db.submission.findFirstOrThrow({ where: { idempotencyKey: { in: keys } }, select: { payload: true } });
      expect(await digestSubmissions(process.env.DATABASE_URL!)).toMatchObject({ sent: 2, failed: 0 });
      expect(smtp.messages.map((m) => m.to)).toEqual([['liaison@city.example'], ['second@city.example']]);
      expect(smtp.text(smtp.messages[0]!)).toContain((recent.payload as { values: { name: string } }).values.name);
      expect(smtp.text(smtp.messages[0]!)).toContain('/en/admin/moderation');
      expect(await digestSubmissions(process.env.DATABASE_URL!, new Date('2001-01-01T00:00:00Z'))).toMatchObject({ sent: 0, items: 0 });
      process.env.SUBMISSION_DIGEST_TO = 'off';
      expect(await digestSubmissions(process.env.DATABASE_URL!)).toMatchObject({ sent: 0 });
      expect(smtp.messages).toHaveLength(2);
    } finally {
      if (previous === undefined) delete process.env.SUBMISSION_DIGEST_TO;
      else process.env.SUBMISSION_DIGEST_TO = previous;
      await smtp.stop();
    }
  });
});
