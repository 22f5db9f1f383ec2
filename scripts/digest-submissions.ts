// `npm run digest:submissions`: once a day, one email per staff recipient listing the partner
// submissions created in the last 24 hours; nothing is sent when there are none. Meant for
// cron, e.g. `0 7 * * * cd /srv/welcome-desk && npm run digest:submissions`. Recipients:
// SUBMISSION_DIGEST_TO (README). Exit code 1 when a message failed (the others still go out).
import { createPrismaClient } from '../lib/db-client';
import { collectNewSubmissions, digestRecipients } from '../lib/data/admin/submission-digest';
import { sendEmail } from '../lib/email';
import { renderDigestEmail } from '../lib/email/moderation-templates';
import { runMailJob } from './lib/run-mail-job';

export async function digestSubmissions(databaseUrl: string, now = new Date()) {
  const client = createPrismaClient(databaseUrl);
  let failed = 0;
  try {
    const items = await collectNewSubmissions(client, now);
    if (items.length === 0) {
      console.log('submission digest: no new submissions, nothing sent');
      return { sent: 0, failed: 0, items: 0 };
    }
    const recipients = await digestRecipients(client);
    for (const r of recipients) {
      try {
        await sendEmail({ to: r.to, ...(await renderDigestEmail(r.locale, items)) });
      } catch (error) {
        failed++;
        console.error(`digest to ${r.to} failed:`, error instanceof Error ? error.message : error);
      }
    }
    console.log(`submission digest: ${items.length} submission(s), ${recipients.length - failed} sent, ${failed} failed`);
    return { sent: recipients.length - failed, failed, items: items.length };
  } finally {
    await client.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runMailJob(digestSubmissions);
