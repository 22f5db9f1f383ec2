import { expect, test } from '@playwright/test';

// Staff on locked-down or very old browsers: the sign-in form is a plain HTML form post.
test('staff can sign in without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/admin/sign-in');
  await page.locator('input[name="email"]').fill('liaison@demo.welcome-desk.example');
  await page.locator('input[name="password"]').fill(process.env.DEMO_PASSWORD || 'welcome-demo-2026');
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    page.locator('form button[type="submit"]').click(),
  ]);
  expect(response.status()).toBeLessThan(500);
  await expect(page).toHaveURL(/\/en\/admin$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await context.close();
});
