import 'server-only';
import { assertRole, type Actor } from '../../auth/actor';
import { db } from '../../db';
import { verificationCutoff } from '../visibility';

export type VerificationState = 'current' | 'flagged' | 'hidden';

/** T5: where a listing stands, from its last verification (or creation) and the thresholds. */
export function verificationState(lastVerified: Date, flagAfterDays: number, hideAfterDays: number, now = new Date()): VerificationState {
  if (lastVerified < verificationCutoff(hideAfterDays, now)) return 'hidden';
  if (lastVerified < verificationCutoff(flagAfterDays, now)) return 'flagged';
  return 'current';
}

/** Non-archived services, least recently verified first (never verified first of all). */
export async function listVerificationQueue(actor: Actor | null, opts: { onlyDue?: boolean; now?: Date } = {}) {
  assertRole(actor, 'admin', 'staff');
  const now = opts.now ?? new Date();
  const settings = await db.settings.findUniqueOrThrow({ where: { id: 1 }, select: { verifyFlagAfterDays: true, verifyHideAfterDays: true } });
  const flagCutoff = verificationCutoff(settings.verifyFlagAfterDays, now);
  const rows = await db.service.findMany({
    where: {
      status: { not: 'archived' },
      ...(opts.onlyDue ? { OR: [{ verifiedAt: { lt: flagCutoff } }, { verifiedAt: null, createdAt: { lt: flagCutoff } }] } : {}),
    },
    orderBy: [{ verifiedAt: { sort: 'asc', nulls: 'first' } }, { name: 'asc' }],
    take: 200,
    select: { id: true, name: true, status: true, verifiedAt: true, createdAt: true, organization: { select: { name: true } }, verifiedBy: { select: { name: true } } },
  });
  return {
    thresholds: settings,
    items: rows.map((r) => ({ ...r, state: verificationState(r.verifiedAt ?? r.createdAt, settings.verifyFlagAfterDays, settings.verifyHideAfterDays, now) })),
  };
}
