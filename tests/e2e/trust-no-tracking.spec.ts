import { expect, test } from '@playwright/test';
import { DEMO_SLUGS } from '../../prisma/seed/directory';
import { attachPrivacyProbe } from './support/privacy-probe';

// T1: no request to another host, no cookie, no CSP violation, on every kind of public page.
// Add new public page types here (events, submit...): one line each.
const PUBLIC_PAGES: { name: string; path: string; status: number; check?: RegExp }[] = [
  { name: 'home', path: '/en', status: 200 },
  { name: 'category', path: '/en/categories/legal-immigration', status: 200 },
  { name: 'service', path: `/en/services/${DEMO_SLUGS.legalService}`, status: 200, check: /Your safety/ },
  { name: 'confidential service', path: `/en/services/${DEMO_SLUGS.confidentialService}`, status: 200 },
  { name: 'organization', path: `/en/organizations/${DEMO_SLUGS.organization}`, status: 200 },
  { name: 'guides', path: '/en/guides', status: 200 },
  { name: 'guide', path: '/en/guides/how-to-spot-immigration-fraud', status: 200 },
  { name: 'search with results', path: '/en/search?q=lawyer', status: 200, check: /\d+ services?/ },
  { name: 'search without results', path: '/en/search?q=qqqzzzxxv', status: 200, check: /No services|0 services/ },
  { name: 'privacy', path: '/en/privacy', status: 200 },
  { name: 'my list', path: '/en/my-list', status: 200 },
  { name: 'my list with services', path: `/en/my-list?s=${DEMO_SLUGS.legalService},${DEMO_SLUGS.eslService}`, status: 200 },
  { name: 'not found', path: '/en/no-such-page', status: 404 },
  { name: 'bad request', path: '/en/search?page=abc', status: 400 },
  { name: 'Arabic service', path: `/ar/services/${DEMO_SLUGS.legalService}`, status: 200 },
  { name: 'events', path: '/en/events', status: 200 },
  { name: 'events month', path: '/en/events/month', status: 200 },
  { name: 'past events', path: '/en/events/past', status: 200 },
  { name: 'event', path: `/en/events/${DEMO_SLUGS.event}`, status: 200 },
  { name: 'Arabic event', path: `/ar/events/${DEMO_SLUGS.recurringEvent}`, status: 200 },
  { name: 'suggest a service', path: '/en/suggest', status: 200 },
  { name: 'report a problem', path: `/es/services/${DEMO_SLUGS.legalService}/report`, status: 200 },
  { name: 'Arabic report a problem', path: `/ar/services/${DEMO_SLUGS.legalService}/report`, status: 200 },
  { name: 'suggestion received', path: '/en/suggest/thanks', status: 200 },
];

for (const { name, path, status, check } of PUBLIC_PAGES) {
  test(`${name}: nothing from other hosts, no cookie, no CSP violation`, async ({ context, page, baseURL }) => {
    const probe = await attachPrivacyProbe(context, page, baseURL!);
    const response = await page.goto(path);
    expect(response?.status()).toBe(status);
    if (check) await expect(page.locator('main')).toContainText(check);
    await page.waitForLoadState('networkidle');
    expect(probe.foreign).toEqual([]);
    expect(probe.setCookies).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    expect(await probe.cspViolations()).toEqual([]);
    expect(probe.consoleErrors).toEqual([]);
  });
}

test('scripts run under the CSP: the save button (a client island) appears and works', async ({ context, page, baseURL }) => {
  const probe = await attachPrivacyProbe(context, page, baseURL!);
  await page.goto(`/en/services/${DEMO_SLUGS.legalService}`);
  await page.getByRole('button', { name: /^Save to my list/ }).click();
  await expect(page.getByRole('button', { name: /^Remove from my list/ })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('welcome-desk:my-list'))).toContain(DEMO_SLUGS.legalService);
  expect(await context.cookies()).toEqual([]);
  expect(await probe.cspViolations()).toEqual([]);
  expect(probe.consoleErrors).toEqual([]);
});

// Picking a language sets one cookie that remembers it (lib/i18n/locale-cookie.ts). Nothing else may set one.
const COOKIES_ALLOWED_AFTER_SWITCHING = ['wd_locale'];

test('switching language with the picker is the only thing that may set a cookie', async ({ context, page, baseURL }) => {
  const probe = await attachPrivacyProbe(context, page, baseURL!);
  await page.goto('/en/guides');
  expect(await context.cookies()).toEqual([]);
  await page.locator('summary').filter({ hasText: 'English' }).click();
  await page.getByRole('link', { name: 'Español' }).click();
  await expect(page).toHaveURL(/\/es\/guides$/);
  const names = (await context.cookies()).map((c) => c.name);
  expect(names).toEqual(COOKIES_ALLOWED_AFTER_SWITCHING);
  expect(probe.foreign).toEqual([]);
});
