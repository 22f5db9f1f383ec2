import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../lib/data/audit';
import { sendEmail } from '../../lib/email';
import { startSmtpCapture } from './support/accounts';
import { testDb } from './support/db';

const db = testDb();
afterAll(() => db.$disconnect());

describe('the audit log is append-only', () => {
  it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    await recordAudit({ action: 'sign_in', actorEmail: 'trigger-test@x.example' });
    const row = await db.auditLog.findFirstOrThrow({ where: { actorEmail: 'trigger-test@x.example' } });
    await expect(db.auditLog.update({ where: { id: row.id }, data: { action: 'forged' } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe('DELETE FROM "AuditLog"')).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe('TRUNCATE "AuditLog"')).rejects.toThrow(/append-only/);
    expect((await db.auditLog.findUniqueOrThrow({ where: { id: row.id } })).action).toBe('sign_in');
  });
});

describe('sendEmail', () => {
  it('delivers through SMTP when configured', async () => {
    const smtp = await startSmtpCapture();
    try {
      const result = await sendEmail({ to: 'liaison@city.example', subject: 'Listings to verify', text: 'Three listings are going stale.' });
      expect(result.via).toBe('smtp');
      expect(smtp.messages).toHaveLength(1);
      expect(smtp.messages[0]!.to).toEqual(['liaison@city.example']);
      expect(smtp.text(smtp.messages[0]!)).toContain('Subject: Listings to verify');
      expect(smtp.text(smtp.messages[0]!)).toContain('Three listings are going stale.');
    } finally {
      await smtp.stop();
    }
  });

  it('writes to the outbox folder when no SMTP is configured', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'outbox-'));
    const saved = { SMTP_URL: process.env.SMTP_URL, SMTP_HOST: process.env.SMTP_HOST, OUTBOX_DIR: process.env.OUTBOX_DIR };
    delete process.env.SMTP_URL;
    delete process.env.SMTP_HOST;
    process.env.OUTBOX_DIR = dir;
    try {
      expect((await sendEmail({ to: 'a@b.example', subject: 'Hello', text: 'Body' })).via).toBe('outbox');
      const files = readdirSync(dir);
      expect(files).toHaveLength(1);
      expect(JSON.parse(readFileSync(path.join(dir, files[0]!), 'utf8'))).toMatchObject({ to: 'a@b.example', subject: 'Hello', text: 'Body' });
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
