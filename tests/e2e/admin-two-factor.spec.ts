import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { hashPassword } from '../../lib/auth/password';
import { totpCode } from '../../lib/auth/totp';
import { createPrismaClient } from '../../lib/db-client';
import { expectNoAxeViolations } from './support/axe';

const PASSWORD = 'two factor test passphrase';

test('a user turns on TOTP with a server-rendered QR code; sign-in then asks for the code', async ({ page }) => {
  test.setTimeout(120_000);
  // A user of its own, so that other tests signing in as the demo accounts are unaffected.
  const db = createPrismaClient(process.env.DATABASE_URL!);
  const id = randomUUID();
  const email = `totp-${id.slice(0, 8)}@demo.welcome-desk.example`;
  await db.user.create({
    data: { id, email, name: 'Tomás TOTP', role: 'staff', accounts: { create: { id: randomUUID(), accountId: id, providerId: 'credential', password: await hashPassword(PASSWORD) } } },
  });
  await db.$disconnect();

  const signIn = async () => {
    await page.goto('/en/admin/sign-in');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith('/sign-in'));
  };
  await signIn();
  await page.goto('/en/admin/account');
  await page.getByRole('button', { name: 'Set up two-step verification' }).click();
  const qr = page.getByRole('img', { name: 'QR code for your authenticator app' });
  await expect(qr.locator('svg')).toBeVisible();
  await expectNoAxeViolations(page);
  const secret = (await page.getByText('or type this key:').textContent())!.split(':').at(-1)!.trim();
  await page.getByLabel('6-digit code').fill(totpCode(secret) === '000000' ? '111111' : '000000');
  await page.getByRole('button', { name: 'Turn on' }).click();
  await expect(page.getByLabel('6-digit code')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('6-digit code').fill(totpCode(secret));
  await page.getByRole('button', { name: 'Turn on' }).click();
  // Ten recovery codes, shown this once.
  const list = page.getByRole('list', { name: 'Recovery codes' });
  await expect(list.getByRole('listitem')).toHaveCount(10);
  const codes = await list.getByRole('listitem').allTextContents();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'I have saved my codes' }).click();
  await expect(page.getByText('Two-step verification is on.')).toBeVisible();
  await expect(page.getByText('You have 10 recovery codes left.')).toBeVisible();
  await expect(page.getByText(codes[0]!)).toHaveCount(0);

  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(page).toHaveURL(/\/en\/admin\/sign-in$/);
  expect(await page.context().cookies()).toEqual([]);
  await signIn();
  await expect(page).toHaveURL(/\/en\/admin\/sign-in\/two-factor$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Two-step verification');
  await expectNoAxeViolations(page);
  await page.getByLabel('Code from your app, or a recovery code').fill(totpCode(secret));
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

  // Phone lost: a recovery code instead, once.
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await signIn();
  await page.getByLabel('Code from your app, or a recovery code').fill(codes[0]!.toUpperCase());
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.goto('/en/admin/account');
  await expect(page.getByText('You have 9 recovery codes left.')).toBeVisible();
  await page.getByRole('button', { name: 'Make new recovery codes' }).click();
  await expect(page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem')).toHaveCount(10);
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await signIn();
  await page.getByLabel('Code from your app, or a recovery code').fill(codes[1]!);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByLabel('Code from your app, or a recovery code')).toHaveAttribute('aria-invalid', 'true');
});

