import 'server-only';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { outboxDir } from '@/lib/email/send';

export type OutboxMessage = { id: string; from: string; to: string; subject: string; date: string; text: string };

/** Mail written to the outbox folder (no SMTP configured), newest first. Staff and admins only. */
export async function listOutboxMessages(actor: Actor | null, limit = 50): Promise<OutboxMessage[]> {
  assertRole(actor, 'admin', 'staff');
  const files = await readdir(outboxDir()).catch(() => [] as string[]);
  const newest = files.filter((f) => f.endsWith('.json')).sort().reverse().slice(0, limit);
  const messages = await Promise.all(
    newest.map(async (file) => {
      try {
        const m = JSON.parse(await readFile(path.join(outboxDir(), file), 'utf8'));
        return { id: String(m.id), from: String(m.from), to: String(m.to), subject: String(m.subject), date: String(m.date), text: String(m.text) };
      } catch {
        return null;
      }
    }),
  );
  return messages.filter((m): m is OutboxMessage => m !== null);
}
