import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

const PASSWORD = process.env.DEMO_PASSWORD || 'welcome-demo-2026';

async function signInAsStaff(page: Page) {
  await page.goto('/en/admin/sign-in');
  await page.locator('input[name="email"]').fill('liaison@demo.welcome-desk.example');
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/en\/admin$/);
}

test('staff see search insights as a chart and tables; a search shows up in them', async ({ page, context }) => {
  test.setTimeout(120_000); // sign-in hashes a password; axe runs twice on a shared machine
  // A search from another (anonymous) browser context, as a visitor would make it.
  const visitor = await context.browser()!.newContext();
  await (await visitor.newPage()).goto('/fr/search?q=avocat');
  await visitor.close();

  await signInAsStaff(page);
  await page.getByRole('link', { name: 'Search insights' }).click();
  await expect(page).toHaveURL(/\/en\/admin\/insights$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Search insights' })).toBeVisible();
  await expect(page.getByRole('img', { name: /Searches per day/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'By language of the website' })).toContainText('Français');
  await expectNoAxeViolations(page);

  await page.goto('/en/admin/insights?from=banana&to=2026-13-40');
  await expect(page.getByText('The dates were not valid')).toBeVisible();
  await page.goto('/ar/admin/insights');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectNoAxeViolations(page);
});

test('visitors cannot see insights', async ({ page }) => {
  await page.goto('/en/admin/insights');
  await expect(page).toHaveURL(/\/en\/admin\/sign-in/);
});
