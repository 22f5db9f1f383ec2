import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { firstServicePath, recordForeignRequests } from './support/pages';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a newcomer browses from home to a category to a service to its organization @phone', async ({ page, baseURL }) => {
    const foreign = recordForeignRequests(page, baseURL!);
    await page.goto('/en');
    await page.getByRole('link', { name: /I need a lawyer/ }).click();
    await expect(page).toHaveURL(/\/en\/categories\/legal-immigration$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Legal & immigration help');
    await expect(page.getByText(/\d+ services/)).toBeVisible();
    await page.locator('article h3 a').first().click();
    await expect(page).toHaveURL(/\/en\/services\//);
    await expect(page.getByRole('heading', { name: 'Your safety' })).toBeVisible();
    await expect(page.getByText('Protect yourself from immigration fraud')).toBeVisible();
    await expect(page.getByText(/Information last checked on/)).toBeVisible();
    await page.getByRole('link', { name: /Provided by/ }).or(page.locator('header a[href*="/organizations/"]')).first().click();
    await expect(page).toHaveURL(/\/en\/organizations\//);
    await expect(page.getByRole('heading', { name: 'Services', exact: true })).toBeVisible();
    expect(foreign).toEqual([]);
  });
});

test('a service page shows hours with open/closed state, trust details and no axe violations', async ({ page }) => {
  const path = await firstServicePath(page, 'en', 'english-classes');
  await page.goto(path);
  await expect(page.getByText(/Open now|Closed now|Open 24 hours|Call to ask about hours/).first()).toBeVisible();
  await expect(page.getByText('Do they ask about immigration status?')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('Arabic service page is right to left and has no axe violations', async ({ page }) => {
  const path = await firstServicePath(page, 'ar', 'health');
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectNoAxeViolations(page);
});

test('category page passes axe in Spanish', async ({ page }) => {
  await page.goto('/es/categories/food-basic-needs');
  await expect(page.locator('article').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('guides list and a guide page', async ({ page }) => {
  await page.goto('/en/guides');
  // The 6 seeded guides; staff-area tests running alongside may have published more.
  await expect(page.locator('main li').nth(5)).toBeVisible();
  expect(await page.locator('main li').count()).toBeGreaterThanOrEqual(6);
  await page.getByRole('link', { name: /Know your rights/i }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/Know your rights/i);
  await expect(page.locator('main h2').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('privacy page states what is not collected, in Arabic too', async ({ page }) => {
  await page.goto('/en/privacy');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your privacy');
  await expect(page.getByText(/IP address/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/ar/privacy');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectNoAxeViolations(page);
});

test('search finds legal help from a Spanish word', async ({ page }) => {
  await page.goto('/es/search?q=abogado');
  await expect(page.locator('article').first()).toBeVisible();
  await expect(page.getByRole('navigation', { name: /categor/i }).getByRole('link').first()).toHaveAttribute('href', '/es/categories/legal-immigration');
});
