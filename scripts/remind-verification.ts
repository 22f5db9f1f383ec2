// `npm run remind:verification`: the weekly reminder (A9) to partners whose listings are
// stale or about to be. Meant for cron, e.g. `0 8 * * 1 cd /srv/welcome-desk && npm run remind:verification`.
// Exit code 0 when every message went out; 1 when one failed (the others are still sent).
import { createPrismaClient } from '../lib/db-client';
import { collectVerificationReminders, type Reminder } from '../lib/data/admin/reminders';
import { sendEmail } from '../lib/email';

export function reminderEmail(r: Reminder) {
  const lines = r.services.map((s) => `- ${s.name} (last verified ${s.lastVerified.toISOString().slice(0, 10)})`);
  return {
    to: r.to,
    subject: `Please check ${r.services.length} listing(s) of ${r.organizationName}`,
    text: [
      `Hello ${r.name},`,
      '',
      `These listings of ${r.organizationName} have not been confirmed for a while. Listings that are not checked are eventually hidden from the public directory.`,
      '',
      ...lines,
      '',
      'Please sign in to the partner area and confirm or correct them.',
    ].join('\n'),
  };
}

export async function remindVerification(databaseUrl: string, now = new Date()) {
  const client = createPrismaClient(databaseUrl);
  let failed = 0;
  try {
    const reminders = await collectVerificationReminders(client, now);
    for (const r of reminders) {
      try {
        await sendEmail(reminderEmail(r));
      } catch (error) {
        failed++;
        console.error(`reminder to ${r.to} failed:`, error instanceof Error ? error.message : error);
      }
    }
    console.log(`verification reminders: ${reminders.length - failed} sent, ${failed} failed`);
    return { sent: reminders.length - failed, failed };
  } finally {
    await client.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { resolveDatabase } = await import('./lib/database-url');
  const database = await resolveDatabase();
  try {
    const { failed } = await remindVerification(database.connectionString);
    process.exitCode = failed ? 1 : 0;
  } finally {
    await database.stop();
  }
}
