import { expect, test } from '@playwright/test';
import { DEMO_SLUGS } from '../../prisma/seed/directory';
import { axeViolations } from './support/axe';
import { ADMIN_STOP_FILES } from './support/a11y-admin-stops';
import { pageFiles, sweep, sweepTimeout, SWEEP_LOCALES, type SweepStop } from './support/a11y-sweep';

// PRODUCT §10 / issue 10.5: axe (WCAG 2.2 A and AA) finds nothing on any public page type,
// in English, Arabic (right to left) and Spanish (longer words, other plural rules).

/** Finding things: home, search with no query, with results, with filters and with none. */
const SEARCHING: SweepStop[] = [
  { file: 'page.tsx', path: '' },
  { file: 'search/page.tsx', path: '/search' },
  { file: 'search/page.tsx', path: '/search?category=legal-immigration' },
  { file: 'search/page.tsx', path: '/search?category=english-classes&free=1&walkin=1&near=frog-hollow&within=5&sort=distance' },
  { file: 'search/page.tsx', path: '/search?q=qqqzzzxxv' },
];

/** Listings: a category, services in their special states, an organization. */
const LISTINGS: SweepStop[] = [
  { file: 'categories/[slug]/page.tsx', path: '/categories/legal-immigration' },
  { file: 'services/[slug]/page.tsx', path: `/services/${DEMO_SLUGS.eslService}` },
  { file: 'services/[slug]/page.tsx', path: `/services/${DEMO_SLUGS.alertService}` },
  { file: 'services/[slug]/page.tsx', path: `/services/${DEMO_SLUGS.unauthorizedLegalService}` },
  { file: 'services/[slug]/page.tsx', path: `/services/${DEMO_SLUGS.confidentialService}` },
  { file: 'organizations/[slug]/page.tsx', path: `/organizations/${DEMO_SLUGS.organization}` },
];

/** Everything else a visitor reaches: events, guides, the saved list, forms, errors. */
const READING: SweepStop[] = [
  { file: 'events/page.tsx', path: '/events' },
  { file: 'events/month/page.tsx', path: '/events/month' },
  { file: 'events/past/page.tsx', path: '/events/past' },
  { file: 'events/[slug]/page.tsx', path: `/events/${DEMO_SLUGS.event}` },
  { file: 'events/[slug]/page.tsx', path: `/events/${DEMO_SLUGS.recurringEvent}` },
  { file: 'guides/page.tsx', path: '/guides' },
  { file: 'guides/[slug]/page.tsx', path: '/guides/getting-an-id' },
  { file: 'my-list/page.tsx', path: '/my-list' },
  { file: 'my-list/page.tsx', path: `/my-list?s=${DEMO_SLUGS.eslService},${DEMO_SLUGS.legalService}` },
  { file: 'privacy/page.tsx', path: '/privacy' },
  { file: 'suggest/page.tsx', path: '/suggest' },
  { file: 'suggest/thanks/page.tsx', path: '/suggest/thanks' },
  { file: 'services/[slug]/report/page.tsx', path: `/services/${DEMO_SLUGS.legalService}/report` },
  { file: 'bad-request/page.tsx', path: '/events?from=2026-99-99' },
  { file: '[...rest]/page.tsx', path: '/no-such-page' },
  { file: '[...rest]/page.tsx', path: '/services/no-such-service' },
];

const PUBLIC_STOP_FILES = [...SEARCHING, ...LISTINGS, ...READING].map((s) => s.file);

test('the sweeps list every page file under app/[locale] (a new page cannot escape the accessibility check)', () => {
  const swept = new Set([...PUBLIC_STOP_FILES, ...ADMIN_STOP_FILES]);
  const files = pageFiles();
  expect(files.length).toBeGreaterThan(50);
  expect(files.filter((f) => !swept.has(f))).toEqual([]);
  // And no stale entries: every listed file exists.
  expect([...swept].filter((f) => !files.includes(f))).toEqual([]);
});

test('the axe check reports violations when there are some (a clean sweep means something)', async ({ page }) => {
  await page.setContent('<!doctype html><html lang="en"><head><title>Broken</title></head><body><main><h1>Broken</h1><img src="data:,"><input type="text"></main></body></html>');
  const rules = (await axeViolations(page)).map((v) => v.split(' ')[0]);
  expect(rules).toEqual(expect.arrayContaining(['image-alt', 'label']));
});

for (const locale of SWEEP_LOCALES) {
  test(`axe finds nothing on the home and search pages in ${locale}`, async ({ page }) => {
    test.setTimeout(sweepTimeout(SEARCHING));
    await sweep(page, locale, SEARCHING);
  });

  test(`axe finds nothing on category, service and organization pages in ${locale}`, async ({ page }) => {
    test.setTimeout(sweepTimeout(LISTINGS));
    await sweep(page, locale, LISTINGS);
  });

  test(`axe finds nothing on events, guides, my list, forms and error pages in ${locale}`, async ({ page }) => {
    test.setTimeout(sweepTimeout(READING));
    await sweep(page, locale, READING);
  });

  test(`axe finds nothing on the suggestion form shown again with field errors in ${locale}`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto(`/${locale}/suggest`, { waitUntil: 'load' });
    await page.waitForTimeout(3_200); // posts within 3 s of the form are refused as a bot's, before the fields are checked
    await page.locator('form button[type="submit"]').click();
    // A server action on a shared, busy machine: allow it time.
    await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible({ timeout: 30_000 });
    expect(await axeViolations(page)).toEqual([]);
  });
}
