import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForbiddenError, type Actor } from '../../lib/auth/actor';
import { acceptInvitation, findInvitationEmail, inviteUser, listInvitations, resendInvitationOrThrow, revokeInvitationOrThrow } from '../../lib/data/invitations';
import { createTestUser, deleteTestUsers, startSmtpCapture, tokenFromMail } from './support/accounts';
import { testDb } from './support/db';

const db = testDb();
let admin: Actor, staff: Actor, partner: Actor;
let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
const stamp = Date.now();
beforeAll(async () => {
  const org = await db.organization.findFirstOrThrow({ select: { id: true } });
  admin = (await createTestUser('admin')).actor;
  staff = (await createTestUser('staff')).actor;
  partner = (await createTestUser('partner', { organizationId: org.id })).actor;
  smtp = await startSmtpCapture();
});
afterAll(async () => {
  await smtp.stop();
  await db.invitation.deleteMany({ where: { email: { endsWith: `-${stamp}@test.welcome-desk.example` } } });
  await db.user.deleteMany({ where: { email: { endsWith: `-${stamp}@test.welcome-desk.example` } } });
  await db.$disconnect();
  await deleteTestUsers();
});

/** Invites an address and returns the invitation id and the token from the email. */
async function invite(name: string) {
  const email = `${name}-${stamp}@test.welcome-desk.example`;
  const before = smtp.messages.length;
  expect(await inviteUser(admin, { email, role: 'staff', organizationId: null, locale: 'en' }, 'http://desk.test')).toEqual({ ok: true });
  const mail = smtp.messages.slice(before).find((m) => m.to.includes(email))!;
  const { id } = await db.invitation.findFirstOrThrow({ where: { email }, orderBy: { createdAt: 'desc' } });
  return { id, email, token: tokenFromMail(smtp.text(mail), '/en/admin/invitation') };
}

describe('invitation list, revoke and resend', () => {
  it('lists pending, expired, accepted and revoked invitations for admins', async () => {
    const pending = await invite('pending');
    const expired = await invite('expired');
    await db.invitation.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const accepted = await invite('accepted');
    expect((await acceptInvitation(accepted.token, { name: 'Ann', password: 'a long and unusual passphrase', locale: 'en' })).ok).toBe(true);
    const revoked = await invite('revoked');
    await revokeInvitationOrThrow(admin, revoked.id);
    const states = new Map((await listInvitations(admin)).map((i) => [i.id, i.state]));
    expect([pending, expired, accepted, revoked].map((i) => states.get(i.id))).toEqual(['pending', 'expired', 'accepted', 'revoked']);
  });

  it('revoking makes the link stop working, is audit-logged, and works only on open invitations', async () => {
    const inv = await invite('revoke');
    expect(await findInvitationEmail(inv.token)).toBe(inv.email);
    await revokeInvitationOrThrow(admin, inv.id);
    expect(await findInvitationEmail(inv.token)).toBeNull();
    expect((await acceptInvitation(inv.token, { name: 'X', password: 'a long and unusual passphrase', locale: 'en' })).ok).toBe(false);
    expect(await db.auditLog.count({ where: { action: 'invitation_revoked', targetId: inv.id, actorId: admin.userId } })).toBe(1);
    await expect(revokeInvitationOrThrow(admin, inv.id)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('resending mails a new link valid 7 more days; the old link stops working', async () => {
    const inv = await invite('resend');
    await db.invitation.update({ where: { id: inv.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const before = smtp.messages.length;
    await resendInvitationOrThrow(admin, inv.id, 'es', 'http://desk.test');
    const mail = smtp.messages.slice(before).find((m) => m.to.includes(inv.email))!;
    const fresh = tokenFromMail(smtp.text(mail), '/es/admin/invitation');
    expect(fresh).not.toBe(inv.token);
    expect(await findInvitationEmail(inv.token)).toBeNull();
    expect(await findInvitationEmail(fresh)).toBe(inv.email);
    const row = await db.invitation.findUniqueOrThrow({ where: { id: inv.id } });
    expect(row.expiresAt.getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    expect(await db.auditLog.count({ where: { action: 'invitation_resent', targetId: inv.id } })).toBe(1);
    await revokeInvitationOrThrow(admin, inv.id);
    await expect(resendInvitationOrThrow(admin, inv.id, 'en', 'http://desk.test')).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('staff, partners and the signed-out are refused, and nothing changes', async () => {
    const inv = await invite('guard');
    for (const actor of [staff, partner, null]) {
      await expect(listInvitations(actor)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(revokeInvitationOrThrow(actor, inv.id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(resendInvitationOrThrow(actor, inv.id, 'en', 'http://desk.test')).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await findInvitationEmail(inv.token)).toBe(inv.email);
  });
});
