import 'server-only';
import { assertRole, ForbiddenError, type Actor, type Role } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { deleteAllSessionsOfUser } from './auth-sessions';
import { recordAudit } from './audit';

// User management (admins), plus "sign out everywhere" which anyone may do for themselves.

export type UserRow = { id: string; name: string; email: string; role: Role; organizationName: string | null; disabled: boolean; twoFactor: boolean };

export async function listUsers(actor: Actor | null): Promise<UserRow[]> {
  assertRole(actor, 'admin');
  const users = await db.user.findMany({
    orderBy: { email: 'asc' },
    select: { id: true, name: true, email: true, role: true, disabledAt: true, twoFactorEnabled: true, organization: { select: { name: true } } },
  });
  return users.map((u) => ({ id: u.id, name: u.name, email: u.email, role: u.role, organizationName: u.organization?.name ?? null, disabled: !!u.disabledAt, twoFactor: u.twoFactorEnabled }));
}

export async function listOrganizationChoices(actor: Actor | null): Promise<{ id: string; name: string }[]> {
  assertRole(actor, 'admin');
  return db.organization.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } });
}

async function adminCount(excludingUserId: string) {
  return db.user.count({ where: { role: 'admin', disabledAt: null, id: { not: excludingUserId } } });
}

export async function changeUserRole(actor: Actor | null, userId: string, role: Role, organizationId: string | null = null): Promise<void> {
  assertRole(actor, 'admin');
  const user = await db.user.findUnique({ where: { id: userId }, select: { role: true, organizationId: true } });
  if (!user) throw new ForbiddenError('no such user');
  organizationId ??= user.organizationId;
  if (user.role === 'admin' && role !== 'admin' && (await adminCount(userId)) === 0) throw new ForbiddenError('last admin');
  if (role === 'partner' && !organizationId) throw new ForbiddenError('partner needs an organization');
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { role, organizationId: role === 'partner' ? organizationId : null } });
    await recordAudit({ action: 'role_changed', actorId: actor.userId, targetType: 'user', targetId: userId, details: { from: user.role, to: role } }, tx);
  });
  await deleteAllSessionsOfUser(userId); // new rights take effect at the next sign-in
}

export async function setUserDisabled(actor: Actor | null, userId: string, disabled: boolean): Promise<void> {
  assertRole(actor, 'admin');
  if (userId === actor.userId) throw new ForbiddenError('cannot disable yourself');
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: userId }, data: { disabledAt: disabled ? new Date() : null } });
    if (count !== 1) throw new ForbiddenError('no such user');
    await recordAudit({ action: disabled ? 'user_disabled' : 'user_enabled', actorId: actor.userId, targetType: 'user', targetId: userId }, tx);
  });
  if (disabled) await deleteAllSessionsOfUser(userId);
}

/** Ends every session of a user: admins for anyone, everyone for themselves. */
export async function signOutEverywhere(actor: Actor | null, userId: string): Promise<number> {
  if (!actor) throw new ForbiddenError('signed out');
  if (actor.userId !== userId) assertRole(actor, 'admin');
  const count = await deleteAllSessionsOfUser(userId);
  await recordAudit({ action: 'sign_out_everywhere', actorId: actor.userId, targetType: 'user', targetId: userId, details: { sessions: count } });
  return count;
}

export async function getOwnAccount(actor: Actor | null) {
  if (!actor) throw new ForbiddenError('signed out');
  return db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { email: true, name: true, twoFactorEnabled: true, preferredLocale: true } });
}
