// `npm run remind:verification`: the weekly reminder (A9) to partners whose listings are
// stale or about to be. Meant for cron, e.g. `0 8 * * 1 cd /srv/welcome-desk && npm run remind:verification`.
// Exit code 0 when every message went out; 1 when one failed (the others are still sent).
import { createPrismaClient } from '../lib/db-client';
import { collectVerificationReminders, type Reminder } from '../lib/data/admin/reminders';
import { sendEmail } from '../lib/email';
import { renderReminderEmail } from '../lib/email/moderation-templates';
import { runMailJob } from './lib/run-mail-job';

/** The reminder in the partner's language, linking to /admin/reverify (R5). */
export async function reminderEmail(r: Reminder) {
  return { to: r.to, ...(await renderReminderEmail(r.locale, r)) };
}

export async function remindVerification(databaseUrl: string, now = new Date()) {
  const client = createPrismaClient(databaseUrl);
  let failed = 0;
  try {
    const reminders = await collectVerificationReminders(client, now);
    for (const r of reminders) {
      try {
        await sendEmail(await reminderEmail(r));
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

if (import.meta.url === `file://${process.argv[1]}`) await runMailJob(remindVerification);
