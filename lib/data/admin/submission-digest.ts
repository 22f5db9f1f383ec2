import type { Db } from '../../db-client';
import { proposalTitle, type Proposal } from '../../validation/partner-submission';

// The daily digest to staff (scripts/digest-submissions.ts, run by cron). Like the
// verification reminder it runs as the system: it takes a client, not an actor, and no page
// or action reaches it.

export type DigestItem = { title: string; organization: string; kind: string };
export type DigestRecipient = { to: string; locale: string };

/** Partner submissions created in the 24 hours before `now`, oldest first. */
export async function collectNewSubmissions(client: Db, now = new Date()): Promise<DigestItem[]> {
  const rows = await client.submission.findMany({
    where: { source: 'partner', createdAt: { gte: new Date(now.getTime() - 86_400_000), lt: now } },
    orderBy: { createdAt: 'asc' },
    select: { kind: true, payload: true, organization: { select: { name: true } } },
  });
  return rows.map((r) => ({ kind: r.kind, title: proposalTitle(r.payload as unknown as Proposal), organization: r.organization?.name ?? '' }));
}

/**
 * SUBMISSION_DIGEST_TO: unset → every active admin and staff account (each in their language);
 * "off" → nobody; otherwise a comma-separated list of addresses (in English).
 */
export async function digestRecipients(client: Db, setting = process.env.SUBMISSION_DIGEST_TO): Promise<DigestRecipient[]> {
  const value = setting?.trim() ?? '';
  if (value.toLowerCase() === 'off') return [];
  if (value) return value.split(',').map((a) => a.trim()).filter((a) => /^[^\s@]+@[^\s@]+$/.test(a)).map((to) => ({ to, locale: 'en' }));
  const staff = await client.user.findMany({ where: { role: { in: ['admin', 'staff'] }, disabledAt: null }, orderBy: { email: 'asc' }, select: { email: true, preferredLocale: true } });
  return staff.map((u) => ({ to: u.email, locale: u.preferredLocale }));
}
