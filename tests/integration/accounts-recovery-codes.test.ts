import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { ForbiddenError } from '../../lib/auth/actor';
import { resetRateLimits } from '../../lib/auth/rate-limit';
import { totpCode } from '../../lib/auth/totp';
import { completeTwoFactorSignIn, signInWithPassword } from '../../lib/data/accounts';
import { confirmTwoFactor, consumeRecoveryCode, countRecoveryCodesLeft, regenerateRecoveryCodes, startTwoFactorSetup } from '../../lib/data/two-factor';
import { createTestUser, deleteTestUsers, TEST_PASSWORD } from './support/accounts';
import { testDb } from './support/db';

const db = testDb();
afterAll(async () => {
  await db.$disconnect();
  await deleteTestUsers();
});
beforeEach(() => resetRateLimits());

async function userWithTwoFactor() {
  const user = await createTestUser('staff');
  const { secret } = await startTwoFactorSetup(user.actor);
  const codes = await confirmTwoFactor(user.actor, totpCode(secret));
  if (!codes) throw new Error('two-step verification did not turn on');
  return { ...user, secret, codes };
}

async function secondStep(email: string, code: string) {
  const step1 = await signInWithPassword({ email, password: TEST_PASSWORD, client: null });
  if (step1.status !== 'twoFactor') throw new Error(`expected the two-factor step, got ${step1.status}`);
  return completeTwoFactorSignIn(step1.pendingToken, code);
}

describe('recovery codes', () => {
  it('turning two-step verification on issues ten codes; only their hashes are stored', async () => {
    const user = await userWithTwoFactor();
    expect(user.codes).toHaveLength(10);
    const stored = (await db.twoFactor.findFirstOrThrow({ where: { userId: user.id } })).backupCodes;
    for (const code of user.codes) expect(stored).not.toContain(code.replace('-', ''));
    expect(stored).not.toContain(user.codes[0]!);
    expect(await countRecoveryCodesLeft(user.actor)).toBe(10);
    expect(await confirmTwoFactor(user.actor, '000000' === totpCode(user.secret) ? '111111' : '000000')).toBeNull();
  });

  it('a recovery code signs in once instead of the app code, and its use is audit-logged', async () => {
    const user = await userWithTwoFactor();
    const typed = user.codes[3]!.toUpperCase().replace('-', ' ');
    expect((await secondStep(user.email, typed)).status).toBe('signedIn');
    expect(await countRecoveryCodesLeft(user.actor)).toBe(9);
    expect((await secondStep(user.email, user.codes[3]!)).status).toBe('invalid');
    const used = await db.auditLog.findFirstOrThrow({ where: { actorId: user.id, action: 'recovery_code_used' } });
    expect(used.details).toEqual({ codesLeft: 9 });
    expect(JSON.stringify(used.details)).not.toContain(user.codes[3]!);
    expect(await db.auditLog.findFirst({ where: { actorId: user.id, action: 'sign_in_failed', details: { equals: { reason: 'recovery_code' } } } })).not.toBeNull();
  });

  it("someone else's code and a made-up code are refused", async () => {
    const [a, b] = [await userWithTwoFactor(), await userWithTwoFactor()];
    expect((await secondStep(a.email, b.codes[0]!)).status).toBe('invalid');
    expect((await secondStep(a.email, 'abcde-fghij')).status).toBe('invalid');
    expect(await countRecoveryCodesLeft(b.actor)).toBe(10);
  });

  it('a code is consumed once even when two sign-ins race with it', async () => {
    const user = await userWithTwoFactor();
    const results = await Promise.all([consumeRecoveryCode(user.id, user.codes[0]!), consumeRecoveryCode(user.id, user.codes[0]!)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it('new codes replace every old one, are audit-logged, and need two-step verification on', async () => {
    const user = await userWithTwoFactor();
    const fresh = await regenerateRecoveryCodes(user.actor);
    expect(fresh).toHaveLength(10);
    expect((await secondStep(user.email, user.codes[1]!)).status).toBe('invalid');
    expect((await secondStep(user.email, fresh[1]!)).status).toBe('signedIn');
    expect(await db.auditLog.count({ where: { actorId: user.id, action: 'recovery_codes_regenerated' } })).toBe(1);
    const without = await createTestUser('staff');
    await expect(regenerateRecoveryCodes(without.actor)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(regenerateRecoveryCodes(null)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(countRecoveryCodesLeft(null)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
