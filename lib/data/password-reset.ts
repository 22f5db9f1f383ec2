import 'server-only';
import { findPasswordProblem, type PasswordProblem } from '@/lib/auth/password-rules';
import { hashToken, newToken } from '@/lib/auth/tokens';
import { db } from '@/lib/db';
import { sendEmail } from '@/lib/email/send';
import { renderAccountEmail } from '@/lib/email/templates';
import { setPassword } from './accounts';
import { recordAudit } from './audit';

// Password reset by email: a random token (only its hash is stored, in Verification),
// valid for one hour and usable once. The request always "succeeds", so the form
// does not tell anyone which emails have accounts.

export const RESET_TOKEN_HOURS = 1;
const PREFIX = 'password-reset:';

export async function requestPasswordReset(email: string, origin: string, now = new Date()): Promise<void> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true, email: true, preferredLocale: true, disabledAt: true } });
  if (!user || user.disabledAt) return;
  const token = newToken();
  await db.verification.create({
    data: { id: crypto.randomUUID(), identifier: `${PREFIX}${user.id}`, value: hashToken(token), expiresAt: new Date(now.getTime() + RESET_TOKEN_HOURS * 3_600_000) },
  });
  const link = `${origin}/${user.preferredLocale}/admin/reset-password?token=${token}`;
  await sendEmail({ to: user.email, ...(await renderAccountEmail('passwordReset', user.preferredLocale, { link, hours: RESET_TOKEN_HOURS })) });
  await recordAudit({ action: 'password_reset_requested', actorId: user.id, targetType: 'user', targetId: user.id });
}

export type ResetResult = { ok: true } | { ok: false; error: 'invalidToken' } | { ok: false; error: PasswordProblem };

export async function resetPasswordWithToken(token: string, password: string, now = new Date()): Promise<ResetResult> {
  const row = await db.verification.findFirst({ where: { value: hashToken(token), identifier: { startsWith: PREFIX }, expiresAt: { gt: now } } });
  if (!row) return { ok: false, error: 'invalidToken' };
  const userId = row.identifier.slice(PREFIX.length);
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, disabledAt: true } });
  if (!user || user.disabledAt) return { ok: false, error: 'invalidToken' };
  const problem = findPasswordProblem(password, user.email);
  if (problem) return { ok: false, error: problem };
  // Deleting the row is what makes the token single-use, even for two requests at once.
  const { count } = await db.verification.deleteMany({ where: { id: row.id } });
  if (count !== 1) return { ok: false, error: 'invalidToken' };
  await setPassword(userId, password);
  await db.verification.deleteMany({ where: { identifier: `${PREFIX}${userId}` } });
  await recordAudit({ action: 'password_reset', actorId: userId, targetType: 'user', targetId: userId });
  return { ok: true };
}

/** Whether the reset page should show the form at all. */
export async function isResetTokenUsable(token: string, now = new Date()): Promise<boolean> {
  return !!(await db.verification.findFirst({ where: { value: hashToken(token), identifier: { startsWith: PREFIX }, expiresAt: { gt: now } }, select: { id: true } }));
}
