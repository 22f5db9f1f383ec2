import 'server-only';
import { ForbiddenError, type Actor } from '@/lib/auth/actor';
import { newTotpSecret, otpauthUri, verifyTotp } from '@/lib/auth/totp';
import { db } from '@/lib/db';
import { recordAudit } from './audit';

// Optional TOTP two-factor. Setup stores a new secret while twoFactorEnabled stays false;
// confirming a code from the app turns it on.

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

export async function confirmTwoFactor(actor: Actor | null, code: string, now = Date.now()): Promise<boolean> {
  if (!actor) throw new ForbiddenError('signed out');
  const row = await db.twoFactor.findFirst({ where: { userId: actor.userId }, select: { secret: true } });
  if (!row || !verifyTotp(row.secret, code, now)) return false;
  await db.user.update({ where: { id: actor.userId }, data: { twoFactorEnabled: true } });
  await recordAudit({ action: 'two_factor_enabled', actorId: actor.userId, targetType: 'user', targetId: actor.userId });
  return true;
}

export async function disableTwoFactor(actor: Actor | null): Promise<void> {
  if (!actor) throw new ForbiddenError('signed out');
  await db.$transaction([
    db.twoFactor.deleteMany({ where: { userId: actor.userId } }),
    db.user.update({ where: { id: actor.userId }, data: { twoFactorEnabled: false } }),
  ]);
  await recordAudit({ action: 'two_factor_disabled', actorId: actor.userId, targetType: 'user', targetId: actor.userId });
}
