import 'server-only';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { isSignInLimited, recordFailedSignIn, clearSignInFailures } from '@/lib/auth/rate-limit';
import { hashToken, newToken } from '@/lib/auth/tokens';
import { db } from '@/lib/db';
import { createSession, deleteAllSessionsOfUser } from './auth-sessions';
import { recordAudit } from './audit';

// Signing in and the pending two-factor step. Unknown email and wrong password take the
// same path (a full argon2 verification against a dummy hash) and give the same answer.

let dummyHash: Promise<string> | null = null;
const getDummyHash = () => (dummyHash ??= hashPassword('not-a-real-password-but-the-same-work'));

export type SignInResult =
  | { status: 'signedIn'; token: string; expiresAt: Date }
  | { status: 'twoFactor'; pendingToken: string }
  | { status: 'invalid' }
  | { status: 'limited' };

const TWO_FACTOR_PENDING_MS = 5 * 60 * 1000;

export async function signInWithPassword(input: { email: string; password: string; client: string | null }, now = new Date()): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  if (isSignInLimited(email, input.client, now.getTime())) {
    await recordAudit({ action: 'sign_in_failed', actorEmail: email, details: { reason: 'rate_limited' } });
    return { status: 'limited' };
  }
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, disabledAt: true, twoFactorEnabled: true, accounts: { where: { providerId: 'credential' }, select: { password: true } } },
  });
  const stored = user?.accounts[0]?.password;
  const passwordOk = await verifyPassword(stored ?? (await getDummyHash()), input.password);
  if (!user || !stored || !passwordOk || user.disabledAt) {
    recordFailedSignIn(email, input.client, now.getTime());
    await recordAudit({ action: 'sign_in_failed', actorEmail: email, actorId: user?.id ?? null, details: { reason: user?.disabledAt ? 'disabled' : 'credentials' } });
    return { status: 'invalid' };
  }
  clearSignInFailures(email);
  if (user.twoFactorEnabled) {
    const pendingToken = newToken();
    await db.verification.create({
      data: { id: crypto.randomUUID(), identifier: `two-factor:${user.id}`, value: hashToken(pendingToken), expiresAt: new Date(now.getTime() + TWO_FACTOR_PENDING_MS) },
    });
    return { status: 'twoFactor', pendingToken };
  }
  const session = await createSession(user.id, now);
  await recordAudit({ action: 'sign_in', actorId: user.id });
  return { status: 'signedIn', ...session };
}

/**
 * The second step: the pending token from step one plus a TOTP code or one of the
 * recovery codes (consumed on use, and audit-logged). The pending token is single use.
 */
export async function completeTwoFactorSignIn(pendingToken: string, code: string, now = new Date()): Promise<SignInResult> {
  const { verifyTotp } = await import('@/lib/auth/totp');
  const { looksLikeRecoveryCode } = await import('@/lib/auth/recovery-codes');
  const { consumeRecoveryCode } = await import('./two-factor');
  const pending = await db.verification.findFirst({ where: { value: hashToken(pendingToken), identifier: { startsWith: 'two-factor:' }, expiresAt: { gt: now } } });
  if (!pending) return { status: 'invalid' };
  const userId = pending.identifier.slice('two-factor:'.length);
  const secret = await db.twoFactor.findFirst({ where: { userId }, select: { secret: true }, orderBy: { id: 'asc' } });
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, disabledAt: true } });
  let recovery: { ok: true; left: number } | null = null;
  let ok = false;
  if (user && !user.disabledAt && secret) {
    if (looksLikeRecoveryCode(code)) {
      const used = await consumeRecoveryCode(userId, code);
      if (used.ok) recovery = used;
      ok = used.ok;
    } else {
      ok = verifyTotp(secret.secret, code, now.getTime());
    }
  }
  if (!ok) {
    await recordAudit({ action: 'sign_in_failed', actorId: userId, details: { reason: looksLikeRecoveryCode(code) ? 'recovery_code' : 'two_factor' } });
    if (user) recordFailedSignIn(user.email, null, now.getTime());
    if (user && isSignInLimited(user.email, null, now.getTime())) await db.verification.deleteMany({ where: { id: pending.id } });
    return { status: 'invalid' };
  }
  const { count } = await db.verification.deleteMany({ where: { id: pending.id } });
  if (count !== 1) return { status: 'invalid' };
  const session = await createSession(userId, now);
  if (recovery) await recordAudit({ action: 'recovery_code_used', actorId: userId, targetType: 'user', targetId: userId, details: { codesLeft: recovery.left } });
  await recordAudit({ action: 'sign_in', actorId: userId, details: { twoFactor: true, ...(recovery ? { recoveryCode: true } : {}) } });
  return { status: 'signedIn', ...session };
}

/** Replaces a user's password and ends all their sessions. The caller has checked the rules. */
export async function setPassword(userId: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    const updated = await tx.account.updateMany({ where: { userId, providerId: 'credential' }, data: { password: passwordHash } });
    if (updated.count === 0) {
      await tx.account.create({ data: { id: crypto.randomUUID(), accountId: userId, providerId: 'credential', userId, password: passwordHash } });
    }
  });
  await deleteAllSessionsOfUser(userId);
}

export async function checkCurrentPassword(userId: string, password: string): Promise<boolean> {
  const account = await db.account.findFirst({ where: { userId, providerId: 'credential' }, select: { password: true } });
  return verifyPassword(account?.password ?? (await getDummyHash()), password).then((ok) => ok && !!account?.password);
}
