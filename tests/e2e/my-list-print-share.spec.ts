import { expect, test, type Page } from '@playwright/test';
import { DEMO_SLUGS } from '../../prisma/seed/directory';
import { expectNoAxeViolations } from './support/axe';

const KEY = 'welcome-desk:my-list';
const LIST = [DEMO_SLUGS.legalService, DEMO_SLUGS.eslService, DEMO_SLUGS.confidentialService];

/** Pages in a PDF printed by Chromium with the page's print stylesheet (never after emulating screen media). */
async function printedPages(page: Page): Promise<number> {
  const pdf = (await page.pdf({ format: 'Letter', printBackground: false })).toString('latin1');
  return (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

async function storeList(page: Page, value: string) {
  await page.addInitScript(([key, v]) => window.localStorage.setItem(key!, v!), [KEY, value]);
}

test('saving services builds a one-page handout in the chosen language, kept only in the browser', async ({ page, context }) => {
  for (const slug of LIST) {
    await page.goto(`/es/services/${slug}`);
    await page.getByRole('button', { name: /^Guardar en mi lista/ }).click();
    await expect(page.getByRole('button', { name: /^Quitar de mi lista/ })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Mi lista' }).click();
  await expect(page).toHaveURL(new RegExp(`/es/my-list\\?s=${LIST.join(',')}$`));
  await expect(page.locator('main ol > li')).toHaveCount(3);
  await expect(page.getByRole('button', { name: 'Imprimir mi lista' })).toBeVisible();
  await expect(page.getByText(/dirección privada/)).toBeVisible();
  await expect(page.locator('main a[href^="tel:"]').first()).toBeVisible();
  await expect(page.getByText('Traiga:').first()).toBeVisible();
  expect(await context.cookies()).toEqual([]);
  await expectNoAxeViolations(page);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header nav')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Imprimir mi lista' })).toBeHidden();
  expect(await printedPages(page)).toBe(1);
  await page.emulateMedia({ media: null });

  // Removing from the list page rebuilds the handout.
  await page.getByRole('button', { name: /^Quitar de mi lista/ }).first().click();
  await expect(page.locator('main ol > li')).toHaveCount(2);
  expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!)).toEqual(LIST.slice(1));
});

test('the list in Arabic is right to left and accessible', async ({ page }) => {
  await storeList(page, JSON.stringify(LIST));
  await page.goto('/ar/my-list');
  await expect(page.locator('main ol > li')).toHaveCount(3);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectNoAxeViolations(page);
});

test('an empty list says how to save, and is accessible', async ({ page }) => {
  await page.goto('/en/my-list');
  await expect(page.getByText('Your list is empty.')).toBeVisible();
  await expectNoAxeViolations(page);
});

for (const [name, stored] of [
  ['garbage JSON', '{"oops'],
  ['an object', '{"a":1}'],
  ['numbers and markup', JSON.stringify([1, null, '<script>alert(1)</script>', '../../etc'])],
  ['a huge array of unknown slugs', JSON.stringify(Array.from({ length: 50_000 }, (_, i) => `no-such-service-${i}`))],
] as const) {
  test(`tampered storage (${name}) still renders the page`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await storeList(page, stored);
    const response = await page.goto('/en/my-list');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'My list' })).toBeVisible();
    await expect(page.getByText(/Your list is empty|no longer listed/)).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the list page explains that the list needs JavaScript and how to print a service', async ({ page }) => {
    await page.goto('/en/my-list');
    await expect(page.getByText('this page needs JavaScript to show it')).toBeVisible();
    await expect(page.getByText(/use your browser's Print menu/)).toBeVisible();
  });

  test('a shared handout link renders, and garbage in it is ignored', async ({ page }) => {
    const response = await page.goto(`/en/my-list?s=${DEMO_SLUGS.eslService},%3Cscript%3E,,${'x'.repeat(300)},no-such-service`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('main ol > li')).toHaveCount(1);
    await expect(page.getByText('One saved service is no longer listed')).toBeVisible();
    for (const odd of ['?s=%E0%A4%A', `?s=${'a,'.repeat(3000)}`, '?s=a&s=b']) expect((await page.goto(`/en/my-list${odd}`))?.status()).toBe(200);
  });

  test('the service page shows its link to copy and SMS and WhatsApp links built in the page', async ({ page, baseURL }) => {
    const url = `${baseURL}/en/services/${DEMO_SLUGS.eslService}`;
    await page.goto(`/en/services/${DEMO_SLUGS.eslService}?utm_source=x&s=%3Cscript%3E&page=1`);
    await expect(page.getByLabel('Link to this page')).toHaveValue(url);
    const sms = await page.getByRole('link', { name: 'Send by text message (SMS)' }).getAttribute('href');
    expect(sms).toMatch(/^sms:\?&body=/);
    expect(decodeURIComponent(sms!.replace('sms:?&body=', ''))).toContain(url);
    const wa = await page.getByRole('link', { name: 'Send with WhatsApp' }).getAttribute('href');
    expect(wa!.startsWith('https://wa.me/?text=')).toBe(true);
    expect(decodeURIComponent(wa!.slice('https://wa.me/?text='.length))).toContain(url);
    await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
    await expect(page.getByText("To print, use your browser's Print menu.")).toBeVisible();
  });
});

test('copy link copies the address of the page', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto(`/en/services/${DEMO_SLUGS.eslService}`);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/en/services/${DEMO_SLUGS.eslService}`);
});

for (const slug of [DEMO_SLUGS.legalService, DEMO_SLUGS.eslService, DEMO_SLUGS.confidentialService]) {
  test(`the service page ${slug} prints on one page without navigation or share buttons`, async ({ page }) => {
    await page.goto(`/en/services/${slug}`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header nav')).toBeHidden();
    await expect(page.locator('#share-title')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Your safety' })).toBeVisible();
    expect(await printedPages(page)).toBe(1);
  });
}
