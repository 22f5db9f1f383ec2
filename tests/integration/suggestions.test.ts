import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ForbiddenError, type Actor } from '../../lib/auth/actor';
import { DEMO_SLUGS } from '../../prisma/seed/directory';
import { demoActor } from './support/actors';
import { testDb } from './support/db';

// PRODUCT P7: the public intake (honeypot, time stamp, per-client limit, idempotency, bad
// input) and the staff decision (reply, email erased, audit, deciding twice, roles). The
// intake runs through the real server action code; only Next's request helpers are faked.
const requestHeaders = new Headers();
vi.mock('next/headers', () => ({ headers: async () => requestHeaders, cookies: async () => ({ get: () => undefined }) }));
vi.mock('next/navigation', () => ({
  redirect: (url: string) => { throw new Error(`REDIRECT ${url}`); },
  forbidden: () => { throw new Error('FORBIDDEN'); },
  notFound: () => { throw new Error('NOT_FOUND'); },
}));
vi.mock('next-intl/server', () => ({ getTranslations: async () => (key: string) => `t:${key}` }));

const { handleIntake } = await import('../../lib/suggestions/intake');
const { issueFormStamp } = await import('../../lib/spam/form-stamp');
const { resetIntakeLimits, MAX_SUBMISSIONS_PER_CLIENT } = await import('../../lib/spam/intake-rate-limit');
const admin = await import('../../lib/data/admin/suggestions');

const db = testDb();
const started = new Date();
let staff: Actor, partner: Actor;
beforeAll(async () => {
  [staff, partner] = await Promise.all([demoActor(db, 'staff'), demoActor(db, 'partner')]);
});
beforeEach(() => {
  resetIntakeLimits();
  requestHeaders.set('x-forwarded-for', `198.51.100.${Math.floor(Math.random() * 200)}`);
});
afterAll(async () => {
  await db.submission.deleteMany({ where: { source: 'public', createdAt: { gte: started } } });
  await db.$disconnect();
});

function reportForm(fields: Record<string, string> = {}, stampAgeMs = 5_000) {
  const data = new FormData();
  const all = { locale: 'es', serviceSlug: DEMO_SLUGS.legalService, problemType: 'wrong_phone', message: 'El número ya no funciona', contactEmail: '',
    idempotencyKey: randomUUID(), stamp: issueFormStamp('report', Date.now() - stampAgeMs), homepage: '', ...fields };
  for (const [k, v] of Object.entries(all)) data.set(k, v);
  return data;
}

async function submit(form: FormData, kind: 'report' | 'suggest' = 'report') {
  try {
    return { state: await handleIntake(kind, form), redirect: null };
  } catch (error) {
    const match = /^REDIRECT (.*)$/.exec((error as Error).message);
    if (!match) throw error;
    return { state: null, redirect: match[1] };
  }
}

const stored = (key: FormDataEntryValue | null) => db.submission.findUnique({ where: { idempotencyKey: String(key) } });

describe('public intake', () => {
  it('stores a valid report about a public service and sends the visitor to the confirmation', async () => {
    const form = reportForm({ contactEmail: 'Ana@Example.org' });
    const { redirect } = await submit(form);
    expect(redirect).toBe('/es/suggest/thanks');
    const row = await stored(form.get('idempotencyKey'));
    expect(row).toMatchObject({ kind: 'report_problem', source: 'public', status: 'pending', problemType: 'wrong_phone', locale: 'es', contactEmail: 'ana@example.org', targetType: 'service' });
  });

  it('makes one submission of a double click or replay (same idempotency key)', async () => {
    const form = reportForm();
    expect((await submit(form)).redirect).toBe('/es/suggest/thanks');
    expect((await submit(form)).redirect).toBe('/es/suggest/thanks');
    expect(await db.submission.count({ where: { idempotencyKey: String(form.get('idempotencyKey')) } })).toBe(1);
  });

  it('thanks a bot that fills the honeypot but stores nothing', async () => {
    const form = reportForm({ homepage: 'http://spam.example' });
    expect((await submit(form)).redirect).toBe('/es/suggest/thanks');
    expect(await stored(form.get('idempotencyKey'))).toBeNull();
  });

  it('refuses a form sent too fast, keeping the values', async () => {
    const form = reportForm({ message: 'kept text' }, 500);
    const { state } = await submit(form);
    expect(state?.message).toBe('t:tooFast');
    expect(state?.values?.message).toBe('kept text');
    expect(await stored(form.get('idempotencyKey'))).toBeNull();
  });

  it('refuses an old or forged stamp and hands out a fresh one', async () => {
    for (const stamp of [issueFormStamp('report', Date.now() - 5 * 3_600_000), issueFormStamp('suggest', Date.now() - 5_000), `${Date.now() - 10_000}.${'A'.repeat(43)}`, 'garbage']) {
      const form = reportForm({ stamp });
      const { state } = await submit(form);
      expect(state?.message, stamp).toBe('t:expired');
      expect(state?.stamp).toMatch(/^\d+\.[A-Za-z0-9_-]{43}$/);
      expect(await stored(form.get('idempotencyKey'))).toBeNull();
    }
  });

  it('limits submissions per client address, in memory, without touching other clients', async () => {
    requestHeaders.set('x-forwarded-for', '203.0.113.9');
    for (let i = 0; i < MAX_SUBMISSIONS_PER_CLIENT; i++) expect((await submit(reportForm())).redirect).toBe('/es/suggest/thanks');
    const refused = reportForm();
    expect((await submit(refused)).state?.message).toBe('t:rateLimited');
    expect(await stored(refused.get('idempotencyKey'))).toBeNull();
    requestHeaders.set('x-forwarded-for', '203.0.113.10');
    expect((await submit(reportForm())).redirect).toBe('/es/suggest/thanks');
    // The address is never written anywhere in the database.
    const rows = await db.submission.findMany({ where: { createdAt: { gte: started } } });
    expect(JSON.stringify(rows)).not.toContain('203.0.113');
  });

  it('explains bad input field by field, keeps the values and stores nothing', async () => {
    const cases: [Record<string, string>, string, string][] = [
      [{ message: 'x'.repeat(2001) }, 'message', 't:tooLong'],
      [{ message: 'abc\u0007def' }, 'message', 't:invalidCharacters'],
      [{ message: 'abc\u202Egnp.exe' }, 'message', 't:invalidCharacters'],
      [{ contactEmail: 'not-an-email' }, 'contactEmail', 't:email'],
      [{ problemType: 'eaten_by_bears' }, 'problemType', 't:problemType'],
      [{ problemType: 'other', message: '' }, 'message', 't:messageForOther'],
      [{ serviceSlug: "'; DROP TABLE--" }, 'form', 't:unknownService'],
      [{ serviceSlug: 'no-such-service-anywhere' }, 'form', 't:unknownService'],
    ];
    for (const [fields, field, error] of cases) {
      const form = reportForm(fields);
      const { state } = await submit(form);
      expect(state?.fieldErrors?.[field], JSON.stringify(fields)).toContain(error);
      if (fields.message !== undefined) expect(state?.values?.message).toBe(fields.message.slice(0, 5000));
      expect(await stored(form.get('idempotencyKey'))).toBeNull();
    }
  });

  it('stores markup as plain text, exactly as typed', async () => {
    const form = reportForm({ problemType: 'other', message: '<script>alert(1)</script><img src=x onerror=alert(2)>' });
    expect((await submit(form)).redirect).toBe('/es/suggest/thanks');
    expect((await stored(form.get('idempotencyKey')))?.message).toBe('<script>alert(1)</script><img src=x onerror=alert(2)>');
  });

  it('stores a suggested service with its fields and requires a name and what it offers', async () => {
    const base = { locale: 'ar', idempotencyKey: randomUUID(), stamp: issueFormStamp('suggest', Date.now() - 5_000), homepage: '' };
    const empty = new FormData();
    for (const [k, v] of Object.entries(base)) empty.set(k, v);
    const refused = await submit(empty, 'suggest');
    expect(refused.state?.fieldErrors?.name).toContain('t:required');
    expect(refused.state?.fieldErrors?.offers).toContain('t:required');
    const form = new FormData();
    for (const [k, v] of Object.entries({ ...base, name: 'دروس اللغة', offers: 'Free classes', category: 'education', phone: '555-0100', category_extra: 'x' })) form.set(k, v);
    expect((await submit(form, 'suggest')).redirect).toBe('/ar/suggest/thanks');
    const row = await stored(base.idempotencyKey);
    expect(row).toMatchObject({ kind: 'suggest_service', locale: 'ar', contactEmail: null });
    expect(row?.payload).toMatchObject({ name: 'دروس اللغة', offers: 'Free classes', phone: '555-0100' });
  });
});

describe('staff review', () => {
  async function pendingReport(contactEmail: string | null) {
    const service = await db.service.findFirstOrThrow({ where: { slug: DEMO_SLUGS.legalService } });
    return db.submission.create({
      data: { kind: 'report_problem', source: 'public', targetType: 'service', targetId: service.id, problemType: 'closed', message: 'Cerrado', contactEmail, locale: 'es', idempotencyKey: randomUUID(), payload: {} },
    });
  }

  it('refuses partners and anonymous callers on every review function', async () => {
    const row = await pendingReport(null);
    for (const actor of [partner, null]) {
      await expect(admin.listSuggestions(actor, {})).rejects.toBeInstanceOf(ForbiddenError);
      await expect(admin.countPendingSuggestions(actor)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(admin.getSuggestionOrThrow(actor, row.id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(admin.getSuggestionDraftOrThrow(actor, row.id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(admin.decideSuggestionOrThrow(actor, { id: row.id, decision: 'approved', note: '' })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect((await db.submission.findUniqueOrThrow({ where: { id: row.id } })).status).toBe('pending');
  });

  it('lists oldest first and counts what waits', async () => {
    await pendingReport(null);
    const rows = await admin.listSuggestions(staff, { status: 'pending' });
    const times = rows.map((r) => r.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(await admin.countPendingSuggestions(staff)).toBe(rows.length);
  });

  it('replies in the submitter’s language, erases the email in the same decision, and audits it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'outbox-'));
    const previous = process.env.OUTBOX_DIR;
    process.env.OUTBOX_DIR = dir;
    try {
      const row = await pendingReport('ana@example.org');
      expect(await admin.decideSuggestionOrThrow(staff, { id: row.id, decision: 'approved', note: 'Actualizamos el horario.' })).toEqual({ replied: true });
      const after = await db.submission.findUniqueOrThrow({ where: { id: row.id } });
      expect(after).toMatchObject({ status: 'approved', contactEmail: null, reviewedById: staff.userId, reviewerNote: 'Actualizamos el horario.' });
      expect(after.decidedAt).not.toBeNull();
      const mails = readdirSync(dir).map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')));
      expect(mails).toHaveLength(1);
      expect(mails[0]).toMatchObject({ to: 'ana@example.org' });
      expect(mails[0].text).toContain('Actualizamos el horario.');
      const messages = JSON.parse(readFileSync('messages/suggestions/es.json', 'utf8'));
      expect(mails[0].subject).toBe(messages.SuggestionEmail.report.subject);
      const audit = await db.auditLog.findFirst({ where: { action: 'suggestion_decided', targetId: row.id } });
      expect(audit?.details).toMatchObject({ decision: 'approved', replied: true });
      expect(JSON.stringify(audit?.details)).not.toContain('ana@example.org');

      // Deciding twice is detected and changes nothing, sends nothing.
      const second = admin.decideSuggestionOrThrow(staff, { id: row.id, decision: 'rejected', note: 'late' });
      await expect(second).rejects.toBeInstanceOf(admin.AlreadyDecidedError);
      await expect(second).rejects.toMatchObject({ status: 'approved' });
      expect((await db.submission.findUniqueOrThrow({ where: { id: row.id } })).status).toBe('approved');
      expect(readdirSync(dir)).toHaveLength(1);
    } finally {
      if (previous === undefined) delete process.env.OUTBOX_DIR;
      else process.env.OUTBOX_DIR = previous;
    }
  });

  it('keeps everything as it was when the reply cannot be sent', async () => {
    const previous = process.env.SMTP_URL;
    process.env.SMTP_URL = 'smtp://127.0.0.1:9'; // nothing listens there
    try {
      const row = await pendingReport('ben@example.org');
      await expect(admin.decideSuggestionOrThrow(staff, { id: row.id, decision: 'rejected', note: '' })).rejects.toBeInstanceOf(admin.ReplyFailedError);
      expect(await db.submission.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: 'pending', contactEmail: 'ben@example.org' });
    } finally {
      if (previous === undefined) delete process.env.SMTP_URL;
      else process.env.SMTP_URL = previous;
    }
  });

  it('two staff deciding at once: one wins, the other is told', async () => {
    const row = await pendingReport(null);
    const results = await Promise.allSettled([
      admin.decideSuggestionOrThrow(staff, { id: row.id, decision: 'approved', note: 'a' }),
      admin.decideSuggestionOrThrow(staff, { id: row.id, decision: 'rejected', note: 'b' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')?.reason).toBeInstanceOf(admin.AlreadyDecidedError);
  });
});
