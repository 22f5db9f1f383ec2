import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { recordForeignRequests } from './support/pages';

test('the English home page offers search, 16 categories, events and emergency numbers @phone', async ({ page, baseURL }) => {
  const foreign = recordForeignRequests(page, baseURL!);
  const response = await page.goto('/en');
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Find help in');
  await expect(page.getByRole('searchbox', { name: 'What do you need?' })).toBeVisible();
  // The 16 seeded categories; staff-area tests running alongside may have added more.
  await expect(page.locator('#categories-title + ul > li').nth(15)).toBeVisible();
  expect(await page.locator('#categories-title + ul > li').count()).toBeGreaterThanOrEqual(16);
  await expect(page.getByRole('link', { name: /I need a lawyer/ })).toBeVisible();
  await expect(page.locator('#events-title + ul > li').first()).toBeVisible();
  await expect(page.getByText(/Demo site/)).toBeVisible();
  await expect(page.getByRole('link', { name: /Emergency: call 911/ })).toHaveAttribute('href', 'tel:911');
  await expectNoAxeViolations(page);
  expect(foreign).toEqual([]);
  expect(await page.context().cookies()).toEqual([]);
});

test('Arabic renders right to left with Arabic text', async ({ page }) => {
  await page.goto('/ar');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const direction = await page.locator('main').evaluate((el) => getComputedStyle(el).direction);
  expect(direction).toBe('rtl');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/[\u0600-\u06FF]/);
  await expectNoAxeViolations(page);
});

test('Spanish home page is in Spanish', async ({ page }) => {
  await page.goto('/es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('searchbox')).toHaveAccessibleName(/necesita/i);
  await expectNoAxeViolations(page);
});

test('the root redirects by Accept-Language without setting a cookie', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'es-MX', extraHTTPHeaders: { 'Accept-Language': 'es-MX,es;q=0.9' } });
  const page = await context.newPage();
  await page.goto('/');
  expect(new URL(page.url()).pathname).toBe('/es');
  expect(await context.cookies()).toEqual([]);
  await context.close();
});

test('the language picker switches language on the same page without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/guides');
  await page.locator('summary').filter({ hasText: 'English' }).click();
  await page.getByRole('link', { name: 'العربية' }).click();
  await expect(page).toHaveURL(/\/ar\/guides$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // Choosing a language is the one thing that sets a cookie; `/` then honours the choice
  // over Accept-Language.
  expect((await context.cookies()).map((c) => `${c.name}=${c.value}`)).toEqual(['wd_locale=ar']);
  await page.goto('/');
  expect(new URL(page.url()).pathname).toBe('/ar');
  await context.close();
});
