import { randomUUID } from 'node:crypto';
import { SMTPServer } from 'smtp-server';
import type { Actor, Role } from '../../../lib/auth/actor';
import { hashPassword } from '../../../lib/auth/password';
import { testDb } from './db';

export const TEST_PASSWORD = 'correct horse battery staple 42';

/** A fresh user of its own (never the demo accounts, which the browser tests sign in with). */
export async function createTestUser(role: Role, options: { organizationId?: string | null; twoFactorSecret?: string } = {}) {
  const db = testDb();
  const id = randomUUID();
  const email = `${role}-${id.slice(0, 8)}@test.welcome-desk.example`;
  await db.user.create({
    data: {
      id, email, name: `Test ${role}`, role, organizationId: options.organizationId ?? null, emailVerified: true,
      twoFactorEnabled: !!options.twoFactorSecret,
      accounts: { create: { id: randomUUID(), accountId: id, providerId: 'credential', password: await hashPassword(TEST_PASSWORD) } },
      ...(options.twoFactorSecret ? { twoFactors: { create: { id: randomUUID(), secret: options.twoFactorSecret, backupCodes: '' } } } : {}),
    },
  });
  await db.$disconnect();
  const actor: Actor = { userId: id, email, name: `Test ${role}`, role, organizationId: options.organizationId ?? null };
  return { id, email, actor };
}

/** Removes the users these tests created (the demo-data test expects only the demo accounts). */
export async function deleteTestUsers() {
  const db = testDb();
  await db.user.deleteMany({ where: { email: { endsWith: '@test.welcome-desk.example' } } });
  await db.$disconnect();
}

export type CapturedMail = { from: string; to: string[]; raw: string };

/** A real SMTP server in this process; SMTP_URL points sendEmail at it. */
export async function startSmtpCapture() {
  const messages: CapturedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        messages.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  const previous = process.env.SMTP_URL;
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  return {
    messages,
    /** The body with quoted-printable soft line breaks undone. */
    text: (mail: CapturedMail) => mail.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '='),
    async stop() {
      if (previous === undefined) delete process.env.SMTP_URL;
      else process.env.SMTP_URL = previous;
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export function tokenFromMail(body: string, path: string): string {
  const match = body.match(new RegExp(`${path}\\?token=([A-Za-z0-9_-]+)`));
  if (!match) throw new Error(`no ${path} link in:\n${body}`);
  return match[1]!;
}
