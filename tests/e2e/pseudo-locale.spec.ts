import { expect as baseExpect, test, type Page } from '@playwright/test';
import { firstServicePath } from './support/pages';
import { unpseudoTextOn } from './support/pseudo-locale';

// PRODUCT L6: every UI text comes from the message files. In the pseudo-locale en-XA each
// of them is accented and bracketed, so plain English on these pages is hard-coded text.

const expect = baseExpect.configure({ timeout: 15_000 });
test.slow();
const PASSWORD = process.env.DEMO_PASSWORD || 'welcome-demo-2026';

/** Offenders per page, gathered over all pages so that one run lists every one of them. */
const offenders: Record<string, string[]> = {};

async function expectAllPseudo(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  const found = await unpseudoTextOn(page);
  if (found.length) offenders[path.replace(/[0-9a-f-]{36}|\/[a-z0-9-]+$/, '/…')] = found;
}

async function firstLinkPath(page: Page, listPath: string, pattern: RegExp) {
  await page.goto(listPath);
  const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  const href = hrefs.find((h) => pattern.test(h));
  expect(href, `a link like ${pattern} on ${listPath}`).toBeTruthy();
  return href!;
}

test('public pages in en-XA have no hard-coded text', async ({ page }) => {
  await expectAllPseudo(page, '/en-XA');
  await expectAllPseudo(page, '/en-XA/search?q=english');
  await expectAllPseudo(page, await firstServicePath(page, 'en-XA', 'english-classes'));
  await expectAllPseudo(page, await firstLinkPath(page, '/en-XA/events', /^\/en-XA\/events\/(?!month$|past$)[a-z0-9-]+$/));
  await expectAllPseudo(page, await firstLinkPath(page, '/en-XA/guides', /^\/en-XA\/guides\/[a-z0-9-]+$/));
  await expectAllPseudo(page, '/en-XA/privacy');
  expect(offenders).toEqual({});
});

test('staff pages in en-XA have no hard-coded text', async ({ page }) => {
  await expectAllPseudo(page, '/en-XA/admin/sign-in');
  await page.locator('input[name="email"]').fill('liaison@demo.welcome-desk.example');
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/admin$/);
  await expectAllPseudo(page, '/en-XA/admin');
  await expectAllPseudo(page, await firstLinkPath(page, '/en-XA/admin/services', /^\/en-XA\/admin\/services\/[0-9a-f-]{36}$/));
  expect(offenders).toEqual({});
});

test('en-XA is never offered to visitors', async ({ page, request }) => {
  await page.goto('/en');
  await expect(page.locator('a[hreflang="en-XA"], link[hreflang="en-XA"]')).toHaveCount(0);
  const home = await request.get('/', { headers: { 'Accept-Language': 'en-XA,en;q=0.5' }, maxRedirects: 0 });
  expect(home.headers().location).not.toContain('en-XA');
  const index = await (await request.get('/sitemap.xml')).text();
  const firstPart = new URL(/<loc>([^<]+)<\/loc>/.exec(index)![1]!).pathname;
  const sitemap = await request.get(firstPart);
  expect(sitemap.status()).toBe(200);
  expect(await sitemap.text()).toContain('hreflang="es"');
  expect(await sitemap.text()).not.toContain('en-XA');
});
