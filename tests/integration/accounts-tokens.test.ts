import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetRateLimits } from '../../lib/auth/rate-limit';
import { signInWithPassword } from '../../lib/data/accounts';
import { createSession, findActorBySessionToken } from '../../lib/data/auth-sessions';
import { acceptInvitation, findInvitationEmail, inviteUser } from '../../lib/data/invitations';
import { requestPasswordReset, resetPasswordWithToken } from '../../lib/data/password-reset';
import { deleteTestUsers, createTestUser, startSmtpCapture, TEST_PASSWORD, tokenFromMail } from './support/accounts';
import { testDb } from './support/db';

const db = testDb();
let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
beforeAll(async () => {
  smtp = await startSmtpCapture();
});
afterAll(async () => {
  await smtp.stop();
  await db.$disconnect();
  await deleteTestUsers();
});

const ORIGIN = 'https://desk.example';
const NEW_PASSWORD = 'a brand new passphrase 2030';

describe('password reset by email', () => {
  it('emails a link in the user’s language; the token works once, then never again', async () => {
    const user = await createTestUser('staff');
    await db.user.update({ where: { id: user.id }, data: { preferredLocale: 'es' } });
    const { token: oldSession } = await createSession(user.id);
    await requestPasswordReset(user.email, ORIGIN);
    const mail = smtp.messages.at(-1)!;
    expect(mail.to).toEqual([user.email]);
    const body = smtp.text(mail);
    expect(body).toContain('Para elegir una nueva'); // Spanish, the user's preferred language
    const token = tokenFromMail(body, `${ORIGIN}/es/admin/reset-password`);
    expect(await db.verification.count({ where: { value: token } })).toBe(0); // only the hash is stored

    expect(await resetPasswordWithToken(token, 'password')).toEqual({ ok: false, error: 'tooShort' });
    expect(await resetPasswordWithToken(token, NEW_PASSWORD)).toEqual({ ok: true });
    expect(await resetPasswordWithToken(token, 'another new passphrase 99')).toEqual({ ok: false, error: 'invalidToken' });
    expect(await findActorBySessionToken(oldSession)).toBeNull(); // every session ended
    resetRateLimits();
    expect((await signInWithPassword({ email: user.email, password: TEST_PASSWORD, client: null })).status).toBe('invalid');
    expect((await signInWithPassword({ email: user.email, password: NEW_PASSWORD, client: null })).status).toBe('signedIn');
    expect(await db.auditLog.count({ where: { actorId: user.id, action: 'password_reset' } })).toBe(1);
  });

  it('refuses an expired or tampered token, and sends nothing for an unknown email', async () => {
    const user = await createTestUser('staff');
    const sent = smtp.messages.length;
    await requestPasswordReset('nobody-at-all@test.welcome-desk.example', ORIGIN);
    expect(smtp.messages.length).toBe(sent);
    await requestPasswordReset(user.email, ORIGIN);
    const token = tokenFromMail(smtp.text(smtp.messages.at(-1)!), `${ORIGIN}/en/admin/reset-password`);
    expect(await resetPasswordWithToken(`${token}x`, NEW_PASSWORD)).toEqual({ ok: false, error: 'invalidToken' });
    const later = new Date(Date.now() + 61 * 60_000);
    expect(await resetPasswordWithToken(token, NEW_PASSWORD, later)).toEqual({ ok: false, error: 'invalidToken' });
  });
});

describe('invitations', () => {
  it('sends a link; accepting sets name and password; the token is single-use and only its hash is stored', async () => {
    const admin = await createTestUser('admin');
    const email = `invitee-${Date.now()}@test.welcome-desk.example`;
    expect(await inviteUser(admin.actor, { email, role: 'staff', organizationId: null, locale: 'fr' }, ORIGIN)).toEqual({ ok: true });
    const body = smtp.text(smtp.messages.at(-1)!);
    expect(body).toContain('en tant que'); // French, the inviter's choice
    const token = tokenFromMail(body, `${ORIGIN}/fr/admin/invitation`);
    const row = await db.invitation.findFirstOrThrow({ where: { email } });
    expect(row.tokenHash).not.toContain(token);
    expect(await findInvitationEmail(token)).toBe(email);

    expect(await acceptInvitation(token, { name: 'Nadia', password: email, locale: 'fr' })).toEqual({ ok: false, error: 'containsEmail' });
    const accepted = await acceptInvitation(token, { name: 'Nadia', password: NEW_PASSWORD, locale: 'fr' });
    expect(accepted.ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ name: 'Nadia', role: 'staff', preferredLocale: 'fr' });
    expect(await acceptInvitation(token, { name: 'Again', password: NEW_PASSWORD, locale: 'fr' })).toEqual({ ok: false, error: 'invalidToken' });
    expect(await db.auditLog.count({ where: { action: 'invitation_sent', actorId: admin.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: 'invitation_accepted', actorId: user.id } })).toBe(1);
  });

  it('refuses an expired or tampered invitation', async () => {
    const admin = await createTestUser('admin');
    const email = `late-${Date.now()}@test.welcome-desk.example`;
    await inviteUser(admin.actor, { email, role: 'staff', organizationId: null, locale: 'en' }, ORIGIN);
    const token = tokenFromMail(smtp.text(smtp.messages.at(-1)!), `${ORIGIN}/en/admin/invitation`);
    const eightDaysLater = new Date(Date.now() + 8 * 86_400_000);
    expect(await acceptInvitation(token, { name: 'Late', password: NEW_PASSWORD, locale: 'en' }, eightDaysLater)).toEqual({ ok: false, error: 'invalidToken' });
    const tampered = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    expect(await acceptInvitation(tampered, { name: 'Tamper', password: NEW_PASSWORD, locale: 'en' })).toEqual({ ok: false, error: 'invalidToken' });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it('requires an organization for partners and refuses inviting an existing user', async () => {
    const admin = await createTestUser('admin');
    expect(await inviteUser(admin.actor, { email: `p-${Date.now()}@x.example`, role: 'partner', organizationId: null, locale: 'en' }, ORIGIN)).toEqual({ ok: false, error: 'organizationRequired' });
    expect(await inviteUser(admin.actor, { email: admin.email, role: 'staff', organizationId: null, locale: 'en' }, ORIGIN)).toEqual({ ok: false, error: 'alreadyUser' });
  });
});
