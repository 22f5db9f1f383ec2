import { expect as baseExpect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

const expect = baseExpect.configure({ timeout: 15_000 });
// The matrix counts every field of every listing in every language: slow on a busy 2-core machine.
test.slow();
const PASSWORD = process.env.DEMO_PASSWORD || 'welcome-demo-2026';

async function signIn(page: Page, email: string) {
  await page.goto('/en/admin/sign-in');
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/en\/admin$/);
}

test('staff see the translation matrix and the listings behind one cell', async ({ page }) => {
  await signIn(page, 'liaison@demo.welcome-desk.example');
  await page.getByRole('link', { name: 'Translations' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Translations' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Translation state by kind of listing and language' });
  // Five kinds of listing; one column per enabled language other than none.
  await expect(table.locator('tbody tr')).toHaveCount(5);
  await expect(page.getByText('Not yet reviewed by a speaker').first()).toBeVisible();
  await expectNoAxeViolations(page);

  // The demo leaves some Haitian Creole service texts untranslated.
  await page.getByRole('link', { name: 'Open the list for Services in Haitian Creole' }).click();
  await expect(page).toHaveURL(/kind=service&locale=ht/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Services — Haitian Creole');
  // Services are named with their organization: two organizations run "Youth sports and activities".
  const row = page.getByRole('row').filter({ hasText: 'Youth sports and activities — ' }).first();
  await expect(row.getByText('Description: Missing')).toBeVisible();
  await row.getByRole('link').click();
  await expect(page).toHaveURL(/\/en\/admin\/services\/[0-9a-f-]{36}$/);
});

test('the matrix reads right to left in Arabic and refuses an unknown list', async ({ page }) => {
  await signIn(page, 'liaison@demo.welcome-desk.example');
  await page.goto('/ar/admin/translations');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: 'الترجمات' })).toBeVisible();
  await expectNoAxeViolations(page);
  const response = await page.goto('/en/admin/translations?kind=spaceship&locale=es');
  expect(response?.status()).toBe(404);
});

test('partners cannot open the matrix', async ({ page }) => {
  await signIn(page, 'partner@demo.welcome-desk.example');
  const response = await page.goto('/en/admin/translations');
  expect(response?.status()).not.toBe(200);
  await expect(page.getByRole('table')).toHaveCount(0);
});
