import 'server-only';
import { assertRole, type Actor } from '../../auth/actor';
import { db } from '../../db';
import { verificationCutoff } from '../visibility';

/** What waits for staff, for the dashboard's task list: listings due for a check, and drafts. */
export async function countStaffTasks(actor: Actor | null, now = new Date()) {
  assertRole(actor, 'admin', 'staff');
  const settings = await db.settings.findUniqueOrThrow({ where: { id: 1 }, select: { verifyFlagAfterDays: true } });
  const flagCutoff = verificationCutoff(settings.verifyFlagAfterDays, now);
  const [dueForCheck, drafts] = await Promise.all([
    db.service.count({ where: { status: { not: 'archived' }, OR: [{ verifiedAt: { lt: flagCutoff } }, { verifiedAt: null, createdAt: { lt: flagCutoff } }] } }),
    db.service.count({ where: { status: 'draft' } }),
  ]);
  return { dueForCheck, drafts };
}
