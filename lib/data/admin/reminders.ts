import type { Db } from '../../db-client';
import { verificationCutoff } from '../visibility';

// The weekly reminder (scripts/remind-verification.ts, run by cron). It runs as the
// system, not as a signed-in person, so it takes a database client instead of an actor
// and is reachable from no page or action.

export type Reminder = { to: string; name: string; locale: string; organizationName: string; services: { name: string; lastVerified: Date }[] };

/**
 * Partners whose organization has published services past the flag threshold — or that
 * will pass it within `withinDays` — grouped per partner, each with their listings.
 */
export async function collectVerificationReminders(client: Db, now = new Date(), withinDays = 14): Promise<Reminder[]> {
  const settings = await client.settings.findUniqueOrThrow({ where: { id: 1 }, select: { verifyFlagAfterDays: true } });
  const cutoff = verificationCutoff(settings.verifyFlagAfterDays - withinDays, now);
  const partners = await client.user.findMany({
    where: { role: 'partner', disabledAt: null, organizationId: { not: null } },
    select: { email: true, name: true, preferredLocale: true, organization: { select: { name: true, services: {
      where: { status: 'published', OR: [{ verifiedAt: { lt: cutoff } }, { verifiedAt: null, createdAt: { lt: cutoff } }] },
      orderBy: { name: 'asc' },
      select: { name: true, verifiedAt: true, createdAt: true },
    } } } },
    orderBy: { email: 'asc' },
  });
  return partners
    .filter((p) => p.organization && p.organization.services.length > 0)
    .map((p) => ({
      to: p.email, name: p.name, locale: p.preferredLocale, organizationName: p.organization!.name,
      services: p.organization!.services.map((s) => ({ name: s.name, lastVerified: s.verifiedAt ?? s.createdAt })),
    }));
}
