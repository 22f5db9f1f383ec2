import 'server-only';
import { ForbiddenError, type Actor } from '@/lib/auth/actor';
import { hashRecoveryCode, newRecoveryCodes, parseStoredHashes } from '@/lib/auth/recovery-codes';
import { newTotpSecret, otpauthUri, verifyTotp } from '@/lib/auth/totp';
import { db } from '@/lib/db';
import { recordAudit } from './audit';

// Optional TOTP two-factor. Setup stores a new secret while twoFactorEnabled stays false;
// confirming a code from the app turns it on and issues ten recovery codes, returned once
// (only their hashes are stored; lib/auth/recovery-codes.ts).

export async function startTwoFactorSetup(actor: Actor | null): Promise<{ secret: string; uri: string }> {
  if (!actor) throw new ForbiddenError('signed out');
  const secret = newTotpSecret();
  await db.$transaction([
    db.twoFactor.deleteMany({ where: { userId: actor.userId } }),
    db.twoFactor.create({ data: { id: crypto.randomUUID(), userId: actor.userId, secret, backupCodes: '' } }),
    db.user.update({ where: { id: actor.userId }, data: { twoFactorEnabled: false } }),
  ]);
  return { secret, uri: otpauthUri(secret, actor.email) };
}

export async function getPendingTwoFactorSecret(actor: Actor | null): Promise<{ secret: string; uri: string } | null> {
  if (!actor) throw new ForbiddenError('signed out');
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { twoFactorEnabled: true, twoFactors: { select: { secret: true }, take: 1 } } });
  const secret = user.twoFactors[0]?.secret;
  return !user.twoFactorEnabled && secret ? { secret, uri: otpauthUri(secret, actor.email) } : null;
}

/** Turns two-step verification on if the code is right; returns the recovery codes to show once, or null. */
export async function confirmTwoFactor(actor: Actor | null, code: string, now = Date.now()): Promise<string[] | null> {
  if (!actor) throw new ForbiddenError('signed out');
  const row = await db.twoFactor.findFirst({ where: { userId: actor.userId }, select: { id: true, secret: true } });
  if (!row || !verifyTotp(row.secret, code, now)) return null;
  const codes = newRecoveryCodes();
  await db.$transaction(async (tx) => {
    await tx.twoFactor.update({ where: { id: row.id }, data: { backupCodes: JSON.stringify(codes.map(hashRecoveryCode)) } });
    await tx.user.update({ where: { id: actor.userId }, data: { twoFactorEnabled: true } });
    await recordAudit({ action: 'two_factor_enabled', actorId: actor.userId, targetType: 'user', targetId: actor.userId }, tx);
  });
  return codes;
}

/** New recovery codes replace all earlier ones (e.g. after using several, or losing the list). */
export async function regenerateRecoveryCodes(actor: Actor | null): Promise<string[]> {
  if (!actor) throw new ForbiddenError('signed out');
  const codes = newRecoveryCodes();
  await db.$transaction(async (tx) => {
    const { count } = await tx.twoFactor.updateMany({ where: { userId: actor.userId, user: { twoFactorEnabled: true } }, data: { backupCodes: JSON.stringify(codes.map(hashRecoveryCode)) } });
    if (count === 0) throw new ForbiddenError('two-step verification is off');
    await recordAudit({ action: 'recovery_codes_regenerated', actorId: actor.userId, targetType: 'user', targetId: actor.userId }, tx);
  });
  return codes;
}

export async function countRecoveryCodesLeft(actor: Actor | null): Promise<number> {
  if (!actor) throw new ForbiddenError('signed out');
  const row = await db.twoFactor.findFirst({ where: { userId: actor.userId }, select: { backupCodes: true } });
  return row ? parseStoredHashes(row.backupCodes).length : 0;
}

/**
 * Consumes one recovery code of a user if it matches. The update is conditional on the
 * stored list being unchanged, so two sign-ins racing with the same code cannot both pass.
 */
export async function consumeRecoveryCode(userId: string, code: string): Promise<{ ok: true; left: number } | { ok: false }> {
  const row = await db.twoFactor.findFirst({ where: { userId }, select: { id: true, backupCodes: true }, orderBy: { id: 'asc' } });
  if (!row) return { ok: false };
  const hashes = parseStoredHashes(row.backupCodes);
  const hash = hashRecoveryCode(code);
  if (!hashes.includes(hash)) return { ok: false };
  const rest = hashes.filter((h) => h !== hash);
  const { count } = await db.twoFactor.updateMany({ where: { id: row.id, backupCodes: row.backupCodes }, data: { backupCodes: JSON.stringify(rest) } });
  return count === 1 ? { ok: true, left: rest.length } : { ok: false };
}

export async function disableTwoFactor(actor: Actor | null): Promise<void> {
  if (!actor) throw new ForbiddenError('signed out');
  await db.$transaction([
    db.twoFactor.deleteMany({ where: { userId: actor.userId } }),
    db.user.update({ where: { id: actor.userId }, data: { twoFactorEnabled: false } }),
  ]);
  await recordAudit({ action: 'two_factor_disabled', actorId: actor.userId, targetType: 'user', targetId: actor.userId });
}
