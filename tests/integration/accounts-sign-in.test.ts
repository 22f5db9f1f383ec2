import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from '../../lib/auth/cookie';
import { MAX_PER_CLIENT, MAX_PER_EMAIL, resetRateLimits } from '../../lib/auth/rate-limit';
import { newTotpSecret, totpCode } from '../../lib/auth/totp';
import { completeTwoFactorSignIn, signInWithPassword } from '../../lib/data/accounts';
import { createSession, findActorBySessionToken } from '../../lib/data/auth-sessions';
import { deleteTestUsers, createTestUser, TEST_PASSWORD } from './support/accounts';
import { testDb } from './support/db';

const db = testDb();
afterAll(async () => {
  await db.$disconnect();
  await deleteTestUsers();
});
beforeEach(() => resetRateLimits());

const lastAudit = (where: object) => db.auditLog.findFirst({ where, orderBy: { id: 'desc' } });

describe('signing in', () => {
  it('creates a server-side session (only the token hash stored) and an audit row', async () => {
    const user = await createTestUser('staff');
    const result = await signInWithPassword({ email: user.email.toUpperCase(), password: TEST_PASSWORD, client: '10.0.0.1' });
    expect(result.status).toBe('signedIn');
    if (result.status !== 'signedIn') return;
    const session = await db.session.findFirstOrThrow({ where: { userId: user.id } });
    expect(session.token).not.toBe(result.token);
    expect(session.ipAddress).toBeNull();
    expect((await findActorBySessionToken(result.token))?.userId).toBe(user.id);
    expect(await lastAudit({ actorId: user.id, action: 'sign_in' })).not.toBeNull();
  });

  it('answers the same for an unknown email and a wrong password, in similar time, and logs both', async () => {
    const user = await createTestUser('staff');
    const t0 = performance.now();
    const wrong = await signInWithPassword({ email: user.email, password: 'not the password at all', client: null });
    const t1 = performance.now();
    const unknown = await signInWithPassword({ email: 'nobody-here@test.welcome-desk.example', password: 'whatever password', client: null });
    const t2 = performance.now();
    expect(wrong).toEqual({ status: 'invalid' });
    expect(unknown).toEqual({ status: 'invalid' });
    // Both run one argon2id verification; an unknown email must not answer much faster.
    expect(t2 - t1).toBeGreaterThan((t1 - t0) * 0.4);
    expect(await lastAudit({ actorEmail: 'nobody-here@test.welcome-desk.example', action: 'sign_in_failed' })).not.toBeNull();
    expect(await lastAudit({ actorEmail: user.email, action: 'sign_in_failed' })).not.toBeNull();
  });

  it('refuses a disabled user with the same answer', async () => {
    const user = await createTestUser('staff');
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD, client: null })).toEqual({ status: 'invalid' });
  });
});

describe('rate limiting', () => {
  it(`locks an email after ${MAX_PER_EMAIL} failures, even for the right password, and unknown emails alike`, async () => {
    const user = await createTestUser('staff');
    for (let i = 0; i < MAX_PER_EMAIL; i++) await signInWithPassword({ email: user.email, password: 'wrong password here', client: `c${i}` });
    expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD, client: 'fresh' })).toEqual({ status: 'limited' });
    const ghost = 'ghost@test.welcome-desk.example';
    for (let i = 0; i < MAX_PER_EMAIL; i++) await signInWithPassword({ email: ghost, password: 'wrong password here', client: `g${i}` });
    expect(await signInWithPassword({ email: ghost, password: 'x', client: 'fresh' })).toEqual({ status: 'limited' });
  });

  it('limits one client trying many emails, without storing its address', async () => {
    const user = await createTestUser('staff');
    const now = new Date();
    const spray = `spray-${now.getTime()}-`;
    for (let i = 0; i < MAX_PER_CLIENT; i++) {
      await signInWithPassword({ email: `${spray}${i}@test.welcome-desk.example`, password: 'x', client: '192.0.2.7' }, now);
    }
    expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD, client: '192.0.2.7' }, now)).toEqual({ status: 'limited' });
    expect((await signInWithPassword({ email: user.email, password: TEST_PASSWORD, client: '192.0.2.8' }, now)).status).toBe('signedIn');
    const logged = await db.auditLog.findMany({ where: { actorEmail: { startsWith: spray } }, select: { actorEmail: true, details: true } });
    expect(logged).toHaveLength(MAX_PER_CLIENT);
    expect(JSON.stringify(logged)).not.toContain('192.0.2.7');
  });

  it('forgets failures after the window', async () => {
    const user = await createTestUser('staff');
    const start = new Date('2030-01-01T10:00:00Z');
    for (let i = 0; i < MAX_PER_EMAIL; i++) await signInWithPassword({ email: user.email, password: 'wrong password here', client: null }, start);
    const later = new Date(start.getTime() + 16 * 60_000);
    expect((await signInWithPassword({ email: user.email, password: TEST_PASSWORD, client: null }, later)).status).toBe('signedIn');
  });
});

describe('session expiry', () => {
  it('ends a session idle for more than 2 hours', async () => {
    const user = await createTestUser('staff');
    const t0 = new Date('2030-02-01T08:00:00Z');
    const { token } = await createSession(user.id, t0);
    expect(await findActorBySessionToken(token, new Date(t0.getTime() + SESSION_IDLE_MS - 60_000))).not.toBeNull();
    // That request counted as activity; 2 h 1 min after it, the session is over (and deleted).
    const after = new Date(t0.getTime() + 2 * SESSION_IDLE_MS);
    expect(await findActorBySessionToken(token, after)).toBeNull();
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it('ends an active session 12 hours after sign-in', async () => {
    const user = await createTestUser('staff');
    const t0 = new Date('2030-02-02T08:00:00Z');
    const { token } = await createSession(user.id, t0);
    for (let hour = 1; hour < 12; hour++) {
      expect(await findActorBySessionToken(token, new Date(t0.getTime() + hour * 3_600_000))).not.toBeNull();
    }
    expect(await findActorBySessionToken(token, new Date(t0.getTime() + SESSION_ABSOLUTE_MS + 1000))).toBeNull();
  });

  it('ends the sessions of a user who is disabled, and refuses tampered tokens', async () => {
    const user = await createTestUser('staff');
    const { token } = await createSession(user.id);
    expect(await findActorBySessionToken(`${token.slice(0, -2)}xx`)).toBeNull();
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await findActorBySessionToken(token)).toBeNull();
  });
});

describe('two-factor sign-in', () => {
  it('asks for a TOTP code, accepts the right one once, refuses a wrong one', async () => {
    const secret = newTotpSecret();
    const user = await createTestUser('admin', { twoFactorSecret: secret });
    const step1 = await signInWithPassword({ email: user.email, password: TEST_PASSWORD, client: null });
    expect(step1.status).toBe('twoFactor');
    if (step1.status !== 'twoFactor') return;
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    const wrong = totpCode(secret) === '000000' ? '111111' : '000000';
    expect((await completeTwoFactorSignIn(step1.pendingToken, wrong)).status).toBe('invalid');
    expect((await completeTwoFactorSignIn(step1.pendingToken, totpCode(secret))).status).toBe('signedIn');
    expect((await completeTwoFactorSignIn(step1.pendingToken, totpCode(secret))).status).toBe('invalid');
  });
});
