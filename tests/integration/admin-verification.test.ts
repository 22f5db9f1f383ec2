import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForbiddenError, type Actor } from '../../lib/auth/actor';
import { StaleVersionError } from '../../lib/data/admin/errors';
import { collectVerificationReminders } from '../../lib/data/admin/reminders';
import { listRevisions } from '../../lib/data/admin/revisions';
import { getSettingsForEditOrThrow, restoreSettingsRevisionOrThrow, updateSettingsOrThrow } from '../../lib/data/admin/settings';
import { listVerificationQueue, verificationState } from '../../lib/data/admin/verification';
import { settingsInputSchema } from '../../lib/validation/admin/settings';
import { remindVerification } from '../../scripts/remind-verification';
import { demoActor } from './support/actors';
import { testDb } from './support/db';

const db = testDb();
let staff: Actor, admin: Actor, partner: Actor;
beforeAll(async () => {
  [staff, admin, partner] = await Promise.all([demoActor(db, 'staff'), demoActor(db, 'admin'), demoActor(db, 'partner')]);
});
let restore: (() => Promise<unknown>) | null = null;
afterAll(async () => {
  await restore?.();
  // Settings revisions are test artefacts; the settings row itself is put back by the test.
  await db.revision.deleteMany({ where: { entityType: 'settings' } });
  await db.$disconnect();
});

const DAY = 86_400_000;

describe('verification dashboard', () => {
  it('classifies listings by the thresholds', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    expect(verificationState(new Date(now.getTime() - 10 * DAY), 182, 365, now)).toBe('current');
    expect(verificationState(new Date(now.getTime() - 200 * DAY), 182, 365, now)).toBe('flagged');
    expect(verificationState(new Date(now.getTime() - 400 * DAY), 182, 365, now)).toBe('hidden');
  });

  it('lists the least recently verified first and only due ones when asked', async () => {
    const { items, thresholds } = await listVerificationQueue(staff);
    expect(thresholds.verifyFlagAfterDays).toBeGreaterThan(0);
    const dates = items.map((i) => (i.verifiedAt ?? new Date(0)).getTime());
    expect([...dates].sort((a, b) => a - b)).toEqual(dates);
    const due = await listVerificationQueue(staff, { onlyDue: true });
    expect(due.items.length).toBeGreaterThan(0);
    expect(due.items.every((i) => i.state !== 'current')).toBe(true);
    expect(items.some((i) => i.status === 'archived')).toBe(false);
  });

  it('refuses partners and anonymous callers', async () => {
    await expect(listVerificationQueue(partner)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listVerificationQueue(null)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('settings (admin only)', () => {
  const input = (over: Record<string, unknown> = {}) => settingsInputSchema.parse({
    cityName: 'Riverton', stateCode: 'CT', timezone: 'America/New_York', defaultLocale: 'en', enabledLocales: ['en', 'es', 'ar', 'fr', 'ht', 'pt', 'zh-Hans', 'fa-AF'],
    emergencyPhone: '911', cityServicesPhone: '311', liaisonName: 'Luis', liaisonPhone: '555-010-0199', liaisonEmail: 'liaison@riverton.example', logoPath: '',
    verifyFlagAfterDays: '182', verifyHideAfterDays: '365', ...over,
  });

  it('lets an admin change thresholds, with revisions, and refuses a stale form', async () => {
    const before = await getSettingsForEditOrThrow(admin);
    const { version } = await updateSettingsOrThrow(admin, before.version, input({ cityName: `Riverton <script>x</script>`, verifyFlagAfterDays: '150' }));
    const after = await getSettingsForEditOrThrow(admin);
    expect([after.cityName, after.verifyFlagAfterDays, after.version]).toEqual(['Riverton <script>x</script>', 150, version]);
    const revisions = await listRevisions(admin, 'settings', '1');
    expect(revisions.slice(0, 2).map((r) => r.action)).toEqual(['update', 'import']);
    const stale = await updateSettingsOrThrow(admin, before.version, input({ cityName: 'Other' })).catch((e) => e);
    expect(stale).toBeInstanceOf(StaleVersionError);
    expect((stale as StaleVersionError).changes).toContainEqual({ field: 'verifyFlagAfterDays', before: '182', after: '150' });
    await updateSettingsOrThrow(admin, version, input({ cityName: before.cityName, enabledLocales: before.enabledLocales, verifyFlagAfterDays: String(before.verifyFlagAfterDays), verifyHideAfterDays: String(before.verifyHideAfterDays), liaisonName: before.liaisonName, liaisonPhone: before.liaisonPhone, liaisonEmail: before.liaisonEmail, stateCode: before.stateCode, timezone: before.timezone, emergencyPhone: before.emergencyPhone, cityServicesPhone: before.cityServicesPhone, defaultLocale: before.defaultLocale }));
  });

  it('restores an earlier revision as a new version, and refuses a stale restore', async () => {
    const before = await getSettingsForEditOrThrow(admin);
    const changed = await updateSettingsOrThrow(admin, before.version, input({ cityName: 'Restore Test City', verifyHideAfterDays: '400' }));
    expect((await getSettingsForEditOrThrow(admin)).cityName).toBe('Restore Test City');
    const earlier = (await listRevisions(admin, 'settings', '1')).find((r) => r.version === before.version)!;
    const restored = await restoreSettingsRevisionOrThrow(admin, earlier.id, changed.version);
    const after = await getSettingsForEditOrThrow(admin);
    expect([after.cityName, after.verifyHideAfterDays, after.enabledLocales, after.version]).toEqual([before.cityName, before.verifyHideAfterDays, before.enabledLocales, restored.version]);
    const latest = (await listRevisions(admin, 'settings', '1'))[0]!;
    expect([latest.action, latest.restoredFrom]).toEqual(['restore', earlier.id]);
    await expect(restoreSettingsRevisionOrThrow(admin, earlier.id, changed.version)).rejects.toBeInstanceOf(StaleVersionError);
    for (const actor of [staff, partner, null]) {
      await expect(restoreSettingsRevisionOrThrow(actor, earlier.id, restored.version)).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it('refuses staff, partners and anonymous callers', async () => {
    for (const actor of [staff, partner, null]) {
      await expect(getSettingsForEditOrThrow(actor)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(updateSettingsOrThrow(actor, 1, input())).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});

describe('weekly verification reminder', () => {
  it('emails each partner whose organization has listings going stale', async () => {
    const org = await db.organization.findUniqueOrThrow({ where: { id: partner.organizationId! } });
    const old = new Date(Date.now() - 300 * DAY);
    const svc = await db.service.findFirstOrThrow({ where: { organizationId: org.id } });
    await db.service.update({ where: { id: svc.id }, data: { status: 'published', verifiedAt: old } });
    restore = () => db.service.update({ where: { id: svc.id }, data: { status: svc.status, verifiedAt: svc.verifiedAt } });

    const reminders = await collectVerificationReminders(db);
    const mine = reminders.find((r) => r.to === partner.email)!;
    expect(mine.organizationName).toBe(org.name);
    expect(mine.services.map((s) => s.name)).toContain(svc.name);
    expect(reminders.every((r) => r.services.length > 0)).toBe(true);

    const outbox = mkdtempSync(path.join(tmpdir(), 'outbox-'));
    const previous = { dir: process.env.OUTBOX_DIR, smtp: process.env.SMTP_HOST, url: process.env.SMTP_URL };
    process.env.OUTBOX_DIR = outbox;
    delete process.env.SMTP_HOST;
    delete process.env.SMTP_URL;
    try {
      const result = await remindVerification(process.env.DATABASE_URL!);
      expect(result).toEqual({ sent: reminders.length, failed: 0 });
      const mails = readdirSync(outbox).map((f) => JSON.parse(readFileSync(path.join(outbox, f), 'utf8')));
      const mail = mails.find((m) => m.to === partner.email);
      expect(mail.text).toContain(svc.name);
      expect(mail.subject).toContain(org.name);
    } finally {
      process.env.OUTBOX_DIR = previous.dir;
      if (previous.dir === undefined) delete process.env.OUTBOX_DIR;
      if (previous.smtp) process.env.SMTP_HOST = previous.smtp;
      if (previous.url) process.env.SMTP_URL = previous.url;
    }
  });
});
