import { expect as baseExpect, test } from '@playwright/test';

const expect = baseExpect.configure({ timeout: 15_000 });

test('an admin restores an earlier version of the settings', async ({ page }) => {
  test.slow();
  await page.goto('/en/admin/sign-in');
  await page.locator('input[name="email"]').fill('admin@demo.welcome-desk.example');
  await page.locator('input[name="password"]').fill(process.env.DEMO_PASSWORD || 'welcome-demo-2026');
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/en\/admin$/);

  await page.goto('/en/admin/settings');
  const original = await page.locator('input[name="liaisonName"]').inputValue();
  await page.locator('input[name="liaisonName"]').fill('E2E Restore Liaison');
  await page.locator('form button[type="submit"]').last().click();
  await expect(page.getByRole('status')).toBeVisible();

  await page.goto('/en/admin/revisions/settings/1');
  // The oldest revision is the settings as they were before this test's save.
  await page.locator('a[href^="?view="]').last().click();
  await page.getByRole('button', { name: /^Restore version \d+$/ }).click();
  await expect(page).toHaveURL(/\/en\/admin\/settings\?restored=1$/);
  await expect(page.getByRole('status').first()).toBeVisible();
  await expect(page.locator('input[name="liaisonName"]')).toHaveValue(original);
});
