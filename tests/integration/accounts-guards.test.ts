import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ForbiddenError, type Actor } from '../../lib/auth/actor';
import { listAuditLog } from '../../lib/data/audit';
import { inviteUser } from '../../lib/data/invitations';
import { listOutboxMessages } from '../../lib/data/outbox';
import { changeUserRole, getOwnAccount, listOrganizationChoices, listUsers, setUserDisabled, signOutEverywhere } from '../../lib/data/users';
import { confirmTwoFactor, disableTwoFactor, startTwoFactorSetup } from '../../lib/data/two-factor';
import { deleteTestUsers, createTestUser } from './support/accounts';
import { testDb } from './support/db';
import { cookieJar, signInAs } from './support/fake-request';

// Server actions run here with a fake request: a cookie jar we control, and redirect() /
// forbidden() turned into recognizable throws, as Next.js does internally.
vi.mock('next/headers', async () => (await import('./support/fake-request')).fakeHeaders);
vi.mock('next/navigation', async () => (await import('./support/fake-request')).fakeNavigation);
vi.mock('next/cache', async () => (await import('./support/fake-request')).fakeCache);
vi.mock('next-intl/server', async () => (await import('./support/fake-request')).fakeIntlServer);

const db = testDb();
afterAll(async () => {
  await db.$disconnect();
  await deleteTestUsers();
});

let admin: Actor, staff: Actor, partner: Actor, target: Awaited<ReturnType<typeof createTestUser>>;
beforeAll(async () => {
  const org = await db.organization.findFirstOrThrow({ select: { id: true } });
  admin = (await createTestUser('admin')).actor;
  staff = (await createTestUser('staff')).actor;
  partner = (await createTestUser('partner', { organizationId: org.id })).actor;
  target = await createTestUser('staff');
});

const adminOnly: [string, (actor: Actor | null) => Promise<unknown>][] = [
  ['listUsers', (a) => listUsers(a)],
  ['listOrganizationChoices', (a) => listOrganizationChoices(a)],
  ['changeUserRole', (a) => changeUserRole(a, target.id, 'admin')],
  ['setUserDisabled', (a) => setUserDisabled(a, target.id, true)],
  ['signOutEverywhere (someone else)', (a) => signOutEverywhere(a, target.id)],
  ['inviteUser', (a) => inviteUser(a, { email: 'x@y.example', role: 'admin', organizationId: null, locale: 'en' }, 'http://x')],
  ['listAuditLog', (a) => listAuditLog(a)],
];

describe('lib/data refuses the wrong role and the signed-out', () => {
  it.each(adminOnly)('%s: staff, partner and nobody are refused', async (_name, call) => {
    for (const actor of [staff, partner, null]) await expect(call(actor)).rejects.toBeInstanceOf(ForbiddenError);
    const after = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(after.role).toBe('staff');
    expect(after.disabledAt).toBeNull();
  });

  it('outbox: partners and nobody are refused; staff may read it', async () => {
    for (const actor of [partner, null]) await expect(listOutboxMessages(actor)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listOutboxMessages(staff)).resolves.toBeInstanceOf(Array);
  });

  it('own-account functions refuse the signed-out', async () => {
    for (const call of [() => getOwnAccount(null), () => startTwoFactorSetup(null), () => confirmTwoFactor(null, '123456'), () => disableTwoFactor(null), () => signOutEverywhere(null, target.id)]) {
      await expect(call()).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it('an admin may do them, and role changes are audited', async () => {
    await expect(listUsers(admin)).resolves.toEqual(expect.arrayContaining([expect.objectContaining({ id: target.id })]));
    await changeUserRole(admin, target.id, 'admin');
    await changeUserRole(admin, target.id, 'staff');
    expect(await db.auditLog.count({ where: { action: 'role_changed', targetId: target.id } })).toBe(2);
    await setUserDisabled(admin, target.id, true);
    await setUserDisabled(admin, target.id, false);
    expect(await db.auditLog.count({ where: { action: 'user_disabled', targetId: target.id } })).toBe(1);
  });
});


const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe('server actions refuse the wrong role and the signed-out', () => {
  it('users actions: signed out -> sign-in page, staff/partner -> 403, nothing changes', async () => {
    const { inviteAction, userCommandAction } = await import('../../app/[locale]/admin/users/actions');
    const invite = form({ locale: 'en', email: `guard-${Date.now()}@x.example`, role: 'admin', organizationId: '' });
    const disable = form({ locale: 'en', command: 'disable', userId: target.id });
    const promote = form({ locale: 'en', command: 'role', userId: target.id, role: 'admin' });
    await signInAs(null);
    await expect(inviteAction({}, invite)).rejects.toThrow('REDIRECT /en/admin/sign-in');
    await expect(userCommandAction(disable)).rejects.toThrow('REDIRECT /en/admin/sign-in');
    for (const actor of [staff, partner]) {
      await signInAs(actor);
      await expect(inviteAction({}, invite)).rejects.toThrow('FORBIDDEN');
      await expect(userCommandAction(disable)).rejects.toThrow('FORBIDDEN');
      await expect(userCommandAction(promote)).rejects.toThrow('FORBIDDEN');
    }
    const after = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(after).toMatchObject({ role: 'staff', disabledAt: null });
    expect(await db.invitation.count({ where: { email: invite.get('email') as string } })).toBe(0);
    await signInAs(admin);
    await expect(userCommandAction(disable)).rejects.toThrow('REDIRECT /en/admin/users?done=disabled');
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).disabledAt).not.toBeNull();
    await setUserDisabled(admin, target.id, false);
  });

  it('account actions: signed out -> sign-in page', async () => {
    const actions = await import('../../app/[locale]/admin/account/actions');
    await signInAs(null);
    await expect(actions.changePasswordAction({}, form({ locale: 'en', currentPassword: 'a', password: 'b' }))).rejects.toThrow('REDIRECT /en/admin/sign-in');
    await expect(actions.signOutEverywhereAction(form({ locale: 'en' }))).rejects.toThrow('REDIRECT /en/admin/sign-in');
    await expect(actions.startTwoFactorAction(form({ locale: 'en' }))).rejects.toThrow('REDIRECT /en/admin/sign-in');
    await expect(actions.twoFactorCodesAction({}, form({ locale: 'en', code: '123456' }))).rejects.toThrow('REDIRECT /en/admin/sign-in');
    await expect(actions.disableTwoFactorAction(form({ locale: 'en' }))).rejects.toThrow('REDIRECT /en/admin/sign-in');
  });

  it('requireActor: 403 for a partner on a staff page, the actor for staff', async () => {
    const { requireActor } = await import('../../lib/auth/session');
    await signInAs(partner);
    await expect(requireActor('admin', 'staff')).rejects.toThrow('FORBIDDEN');
    await signInAs(staff);
    await expect(requireActor('admin', 'staff')).resolves.toMatchObject({ userId: staff.userId, role: 'staff' });
  });

  it('the sign-in action keeps the email, never the password, and sets no cookie on failure', async () => {
    const { signInAction } = await import('../../app/[locale]/admin/sign-in/actions');
    await signInAs(null);
    const state = await signInAction({}, form({ locale: 'en', email: 'someone@x.example', password: 'secret-password-123' }));
    expect(state).toMatchObject({ ok: false, message: 'invalid', values: { email: 'someone@x.example' } });
    expect(JSON.stringify(state)).not.toContain('secret-password-123');
    expect(cookieJar.size).toBe(0);
  });
});
