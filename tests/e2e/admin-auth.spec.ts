import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

const PASSWORD = process.env.DEMO_PASSWORD || 'welcome-demo-2026';
const ADMIN = 'admin@demo.welcome-desk.example';
const STAFF = 'liaison@demo.welcome-desk.example';
const PARTNER = 'partner@demo.welcome-desk.example';

async function signIn(page: Page, email: string, locale = 'en', password = PASSWORD) {
  await page.goto(`/${locale}/admin/sign-in`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
}

test('a wrong password gets one message for unknown and known emails, and no cookie', async ({ page }) => {
  await signIn(page, STAFF, 'en', 'not-the-right-password');
  await expect(page.locator('main').getByRole('alert')).toHaveText('The email or password is not correct.');
  await expect(page.getByLabel('Email')).toHaveValue(STAFF);
  await expect(page.getByLabel('Password')).toHaveValue('');
  await signIn(page, 'nobody@demo.welcome-desk.example', 'en', 'not-the-right-password');
  await expect(page.locator('main').getByRole('alert')).toHaveText('The email or password is not correct.');
  expect(await page.context().cookies()).toEqual([]);
});

test('an empty form shows translated errors next to the fields', async ({ page }) => {
  await page.goto('/es/admin/sign-in');
  await page.locator('form button[type="submit"]').click();
  const email = page.getByLabel('Correo electrónico');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator(`#${await email.getAttribute('aria-describedby')}`)).toHaveText('Este campo es obligatorio.');
});

test('staff sign in, land on the dashboard with an httpOnly session cookie, and sign out', async ({ page }) => {
  await signIn(page, STAFF);
  await expect(page).toHaveURL(/\/en\/admin$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  const cookies = await page.context().cookies();
  expect(cookies).toHaveLength(1);
  expect(cookies[0]).toMatchObject({ name: 'wd_session', httpOnly: true, path: '/', sameSite: 'Lax' });
  await expect(page.getByRole('navigation', { name: 'Staff area' }).getByRole('link', { name: 'Users' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/en\/admin\/sign-in$/);
  expect(await page.context().cookies()).toEqual([]);
  await page.goto('/en/admin/account');
  await expect(page).toHaveURL(/\/en\/admin\/sign-in$/);
});

test('signed out, an admin page redirects to the localized sign-in page', async ({ page }) => {
  await page.goto('/fr/admin/users');
  await expect(page).toHaveURL(/\/fr\/admin\/sign-in$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Connexion');
});

test('a partner sees the partner dashboard and gets 403 on admin pages', async ({ page }) => {
  await signIn(page, PARTNER);
  await expect(page.getByText("Keep your organization's listings true")).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your proposals' })).toBeVisible();
  const response = await page.goto('/en/admin/users');
  expect(response?.status()).toBe(403);
});

test('the admin navigation works right to left in Arabic', async ({ page }) => {
  await signIn(page, ADMIN, 'ar');
  await expect(page).toHaveURL(/\/ar\/admin$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const nav = page.getByRole('navigation', { name: 'منطقة الموظفين' });
  await expect(nav.getByRole('link', { name: 'المستخدمون' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'لوحة المتابعة' })).toHaveAttribute('aria-current', 'page');
  expect(await nav.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  await nav.getByRole('link', { name: 'سجل التدقيق' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('سجل التدقيق');
  await expectNoAxeViolations(page);
});

test('public pages never set a cookie, even for a signed-out visitor after visiting sign-in', async ({ page }) => {
  for (const path of ['/en', '/ar', '/en/admin/sign-in', '/en/services', '/en/privacy']) {
    await page.goto(path);
  }
  expect(await page.context().cookies()).toEqual([]);
});

test.describe('axe on every account and admin page', () => {
  for (const path of ['/en/admin/sign-in', '/en/admin/forgot-password', '/en/admin/reset-password?token=nope', '/en/admin/invitation?token=nope', '/ar/admin/sign-in']) {
    test(`signed out: ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  // One test per page: five axe runs in one test outlast the timeout on a busy 2-core machine.
  for (const [path, heading] of [['/en/admin', 'Dashboard'], ['/en/admin/account', 'My account'], ['/en/admin/users', 'Users'], ['/en/admin/audit', 'Audit log'], ['/en/admin/outbox', 'Outbox']] as const) {
    test(`signed in as admin: ${path}`, async ({ page }) => {
      await signIn(page, ADMIN);
      await expect(page).toHaveURL(/\/en\/admin$/);
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expectNoAxeViolations(page);
    });
  }
});

test('forgot password always answers the same and puts the email in the outbox', async ({ page }) => {
  await page.goto('/en/admin/forgot-password');
  await page.getByLabel('Email').fill('nobody@demo.welcome-desk.example');
  await page.getByRole('button', { name: 'Send link' }).click();
  await expect(page.locator('main').getByRole('status')).toContainText('If this email has an account');
});

test('an admin invites a staff member; the invitation email lands in the outbox with a working link', async ({ page, browser }) => {
  await signIn(page, ADMIN);
  await expect(page).toHaveURL(/\/en\/admin$/);
  await page.goto('/en/admin/users');
  const email = `new-${Date.now()}@demo.welcome-desk.example`;
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Role', { exact: true }).selectOption('staff');
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.locator('main').getByRole('status')).toContainText(`Invitation sent to ${email}`);
  await page.goto('/en/admin/outbox');
  const mail = page.locator('article', { hasText: email }).first();
  await expect(mail).toBeVisible();
  const link = (await mail.locator('pre').textContent())!.match(/http\S+invitation\?token=\S+/)![0];

  const invitee = await browser.newPage();
  await invitee.goto(link);
  await invitee.getByLabel('Your name').fill('Nora New');
  await invitee.getByLabel('New password').fill('password');
  await invitee.getByRole('button', { name: 'Create my account' }).click();
  await expect(invitee.getByLabel('New password')).toHaveAttribute('aria-invalid', 'true');
  await expect(invitee.getByLabel('Your name')).toHaveValue('Nora New');
  await invitee.getByLabel('New password').fill('a long and unusual passphrase');
  await invitee.getByRole('button', { name: 'Create my account' }).click();
  await expect(invitee.locator('main').getByRole('status')).toContainText('Your account is ready');
  await signIn(invitee, email, 'en', 'a long and unusual passphrase');
  await expect(invitee.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await invitee.close();
});
