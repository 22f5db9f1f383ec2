import 'server-only';
import { assertRole, ForbiddenError, type Actor, type Role } from '@/lib/auth/actor';
import { hashPassword } from '@/lib/auth/password';
import { findPasswordProblem, type PasswordProblem } from '@/lib/auth/password-rules';
import { hashToken, newToken } from '@/lib/auth/tokens';
import { db } from '@/lib/db';
import { sendEmail } from '@/lib/email/send';
import { renderAccountEmail } from '@/lib/email/templates';
import { recordAudit } from './audit';

// Invitations (A1): an admin invites an email with a role; the emailed link carries a
// random token of which only the SHA-256 is stored. Valid 7 days, usable once.

export const INVITATION_DAYS = 7;

export type InviteInput = { email: string; role: Role; organizationId: string | null; locale: string };
export type InviteResult = { ok: true } | { ok: false; error: 'alreadyUser' | 'organizationRequired' | 'unknownOrganization' };

export async function inviteUser(actor: Actor | null, input: InviteInput, origin: string, now = new Date()): Promise<InviteResult> {
  assertRole(actor, 'admin');
  const email = input.email.trim().toLowerCase();
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) return { ok: false, error: 'alreadyUser' };
  const organizationId = input.role === 'partner' ? input.organizationId : null;
  if (input.role === 'partner' && !organizationId) return { ok: false, error: 'organizationRequired' };
  if (organizationId && !(await db.organization.findUnique({ where: { id: organizationId }, select: { id: true } }))) {
    return { ok: false, error: 'unknownOrganization' };
  }
  const token = newToken();
  const invitation = await db.invitation.create({
    data: { email, role: input.role, organizationId, tokenHash: hashToken(token), invitedById: actor.userId, expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000) },
  });
  const link = `${origin}/${input.locale}/admin/invitation?token=${token}`;
  await sendEmail({ to: email, ...(await renderAccountEmail('invitation', input.locale, { link, hours: INVITATION_DAYS * 24, role: input.role })) });
  await recordAudit({ action: 'invitation_sent', actorId: actor.userId, targetType: 'invitation', targetId: invitation.id, details: { email, role: input.role } });
  return { ok: true };
}

async function findOpenInvitation(token: string, now: Date) {
  if (!token || token.length > 200) return null;
  return db.invitation.findFirst({ where: { tokenHash: hashToken(token), acceptedAt: null, revokedAt: null, expiresAt: { gt: now } } });
}

export async function findInvitationEmail(token: string, now = new Date()): Promise<string | null> {
  return (await findOpenInvitation(token, now))?.email ?? null;
}

export type AcceptResult = { ok: true; userId: string } | { ok: false; error: 'invalidToken' | 'alreadyUser' } | { ok: false; error: PasswordProblem };

export async function acceptInvitation(token: string, input: { name: string; password: string; locale: string }, now = new Date()): Promise<AcceptResult> {
  const invitation = await findOpenInvitation(token, now);
  if (!invitation) return { ok: false, error: 'invalidToken' };
  const problem = findPasswordProblem(input.password, invitation.email);
  if (problem) return { ok: false, error: problem };
  const passwordHash = await hashPassword(input.password);
  const userId = crypto.randomUUID();
  try {
    await db.$transaction(async (tx) => {
      // The conditional update is the single-use check: a second acceptance finds nothing to update.
      const claimed = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null, revokedAt: null }, data: { acceptedAt: now } });
      if (claimed.count !== 1) throw new ForbiddenError('invitation already used');
      if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) throw new ForbiddenError('already a user');
      await tx.user.create({
        data: {
          id: userId, email: invitation.email, name: input.name, role: invitation.role, organizationId: invitation.organizationId,
          emailVerified: true, preferredLocale: input.locale,
          accounts: { create: { id: crypto.randomUUID(), accountId: userId, providerId: 'credential', password: passwordHash } },
        },
      });
      await recordAudit({ action: 'invitation_accepted', actorId: userId, targetType: 'invitation', targetId: invitation.id }, tx);
    });
  } catch (error) {
    if (error instanceof ForbiddenError) return { ok: false, error: error.message === 'already a user' ? 'alreadyUser' : 'invalidToken' };
    throw error;
  }
  return { ok: true, userId };
}

export type InvitationState = 'pending' | 'expired' | 'accepted' | 'revoked';
export type InvitationRow = { id: string; email: string; role: Role; organizationName: string | null; invitedByName: string | null; createdAt: Date; expiresAt: Date; state: InvitationState };

export function invitationState(i: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now = new Date()): InvitationState {
  if (i.acceptedAt) return 'accepted';
  if (i.revokedAt) return 'revoked';
  return i.expiresAt > now ? 'pending' : 'expired';
}

/** Every invitation, newest first, with what became of it. Admins only. */
export async function listInvitations(actor: Actor | null, now = new Date()): Promise<InvitationRow[]> {
  assertRole(actor, 'admin');
  const rows = await db.invitation.findMany({
    orderBy: { createdAt: 'desc' },
    take: 200,
    select: { id: true, email: true, role: true, organizationId: true, createdAt: true, expiresAt: true, acceptedAt: true, revokedAt: true, invitedBy: { select: { name: true } } },
  });
  const orgIds = [...new Set(rows.flatMap((r) => (r.organizationId ? [r.organizationId] : [])))];
  const orgs = orgIds.length ? await db.organization.findMany({ where: { id: { in: orgIds } }, select: { id: true, name: true } }) : [];
  const orgName = new Map(orgs.map((o) => [o.id, o.name]));
  return rows.map((r) => ({
    id: r.id, email: r.email, role: r.role, organizationName: r.organizationId ? (orgName.get(r.organizationId) ?? null) : null,
    invitedByName: r.invitedBy?.name ?? null, createdAt: r.createdAt, expiresAt: r.expiresAt, state: invitationState(r, now),
  }));
}

/** Ends a pending (or expired) invitation: its link stops working at once. */
export async function revokeInvitationOrThrow(actor: Actor | null, id: string, now = new Date()): Promise<void> {
  assertRole(actor, 'admin');
  await db.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({ where: { id, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
    if (count !== 1) throw new ForbiddenError('invitation not open');
    await recordAudit({ action: 'invitation_revoked', actorId: actor.userId, targetType: 'invitation', targetId: id }, tx);
  });
}

/**
 * Sends a pending or expired invitation again with a new link, valid another 7 days. The
 * stored hash is replaced, so the link in the earlier email stops working.
 */
export async function resendInvitationOrThrow(actor: Actor | null, id: string, locale: string, origin: string, now = new Date()): Promise<{ email: string }> {
  assertRole(actor, 'admin');
  const token = newToken();
  const invitation = await db.$transaction(async (tx) => {
    const found = await tx.invitation.findUnique({ where: { id }, select: { email: true, role: true, acceptedAt: true, revokedAt: true } });
    if (!found || found.acceptedAt || found.revokedAt) throw new ForbiddenError('invitation not open');
    const { count } = await tx.invitation.updateMany({
      where: { id, acceptedAt: null, revokedAt: null },
      data: { tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000), invitedById: actor.userId },
    });
    if (count !== 1) throw new ForbiddenError('invitation not open');
    await recordAudit({ action: 'invitation_resent', actorId: actor.userId, targetType: 'invitation', targetId: id, details: { email: found.email } }, tx);
    return found;
  });
  const link = `${origin}/${locale}/admin/invitation?token=${token}`;
  await sendEmail({ to: invitation.email, ...(await renderAccountEmail('invitation', locale, { link, hours: INVITATION_DAYS * 24, role: invitation.role })) });
  return { email: invitation.email };
}
