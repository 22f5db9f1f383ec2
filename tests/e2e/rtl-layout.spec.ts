import { expect, test } from '@playwright/test';
import { DEMO_SLUGS } from '../../prisma/seed/directory';

// PRODUCT L2: right-to-left locales mirror the whole layout, and numbers, phone numbers and
// Latin names keep their own direction inside them. Screenshots are attached to the report.
const PAGES = [
  { name: 'home', path: '/ar' },
  { name: 'service', path: `/ar/services/${DEMO_SLUGS.legalService}` },
  { name: 'search', path: '/ar/search?q=%D9%85%D8%AD%D8%A7%D9%85%D9%8A' },
  { name: 'guides (Dari)', path: '/fa-AF/guides' },
  { name: 'organization (Dari)', path: `/fa-AF/organizations/${DEMO_SLUGS.organization}` },
  // Pashto has no translated demo content: English names and texts sit inside an RTL page.
  { name: 'service (Pashto)', path: `/ps/services/${DEMO_SLUGS.legalService}` },
];

for (const { name, path } of PAGES) {
  test(`${name} is laid out right to left`, async ({ page }, testInfo) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    expect(await page.locator('main').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');

    // Mirrored: the site name starts at the right edge, the navigation sits to its left.
    const width = page.viewportSize()!.width;
    const home = (await page.locator('header a').first().boundingBox())!;
    const nav = (await page.locator('header nav').boundingBox())!;
    expect(home.x + home.width).toBeGreaterThan(width / 2);
    if (nav.y < home.y + home.height) expect(nav.x).toBeLessThan(home.x);

    // Headings start at the right edge of the content column.
    const main = (await page.locator('main').boundingBox())!;
    const h1 = page.locator('main h1').first();
    const h1Box = (await h1.boundingBox())!;
    const h1Align = await h1.evaluate((el) => getComputedStyle(el).textAlign);
    expect(['start', 'right']).toContain(h1Align);
    expect(main.x + main.width - (h1Box.x + h1Box.width)).toBeLessThan(40);

    // Phone numbers keep left-to-right digit order.
    for (const phone of await page.locator('a[href^="tel:"] bdi').all()) {
      expect(await phone.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    }
    await testInfo.attach(`${name}.png`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  });
}
