import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';

// A12: one way to send mail. With SMTP configured (SMTP_URL, or SMTP_HOST + SMTP_PORT and
// optionally SMTP_USER / SMTP_PASS / SMTP_SECURE) it goes out through nodemailer;
// without, each message is written as a JSON file to OUTBOX_DIR (default .data/outbox),
// where staff read it at /admin/outbox. Nothing is lost on a machine with no mail server.

export type Email = { to: string; subject: string; text: string; html?: string };
export type SentEmail = { via: 'smtp' | 'outbox'; id: string };

// turbopackIgnore: a runtime folder, not a source file to trace into the build.
export const outboxDir = () => path.resolve(/*turbopackIgnore: true*/ process.env.OUTBOX_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), '.data', 'outbox'));
const mailFrom = () => process.env.MAIL_FROM ?? 'Welcome Desk <no-reply@welcome-desk.invalid>';

function smtpTransport() {
  const { SMTP_URL, SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASS, SMTP_SECURE } = process.env;
  if (SMTP_URL) return nodemailer.createTransport(SMTP_URL);
  if (!SMTP_HOST) return null;
  return nodemailer.createTransport({
    host: SMTP_HOST,
    port: Number(SMTP_PORT ?? 587),
    secure: SMTP_SECURE === 'true',
    auth: SMTP_USER ? { user: SMTP_USER, pass: SMTP_PASS ?? '' } : undefined,
  });
}

export async function sendEmail(email: Email): Promise<SentEmail> {
  const transport = smtpTransport();
  if (transport) {
    const info = await transport.sendMail({ from: mailFrom(), ...email });
    return { via: 'smtp', id: String(info.messageId) };
  }
  const id = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID()}`;
  await mkdir(outboxDir(), { recursive: true });
  const record = { id, from: mailFrom(), date: new Date().toISOString(), ...email };
  await writeFile(path.join(outboxDir(), `${id}.json`), JSON.stringify(record, null, 2), { mode: 0o600 });
  return { via: 'outbox', id };
}
