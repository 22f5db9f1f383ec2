import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { createPrismaClient } from '../../lib/db-client';
import { DEMO_SLUGS } from '../../prisma/seed/directory';

const LOCALES = ['en', 'es', 'ar', 'fr', 'ht', 'pt', 'zh-Hans', 'fa-AF', 'pl', 'uk', 'ru', 'vi', 'ps', 'sw', 'so', 'ne'];
const messages = (locale: string) => ({
  ...JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')),
  ...JSON.parse(readFileSync(`messages/trust/${locale}.json`, 'utf8')),
});

test.describe('security headers over real HTTP', () => {
  for (const path of ['/en', `/en/services/${DEMO_SLUGS.legalService}`, '/ar/my-list', '/en/no-such-page', '/en/search?page=abc']) {
    test(`${path} has a strict CSP whose nonce is on every script`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      const csp = response.headers()['content-security-policy'] ?? '';
      expect(csp).toBeTruthy();
      for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "default-src 'self'"]) expect(csp).toContain(directive);
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(csp, 'no other hosts').not.toMatch(/https?:|\*/);
      const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!).filter((attrs) => !/type="application\/ld\+json"/.test(attrs));
      expect(scripts.length).toBeGreaterThan(0);
      for (const attrs of scripts) expect(attrs).toContain(`nonce="${nonce}"`);
      const headers = response.headers();
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['permissions-policy']).toContain('geolocation=()');
      // The test server is plain http (SECURE_COOKIES=false): HSTS would be wrong here.
      expect(headers['strict-transport-security']).toBeUndefined();
    });
  }

  test('every response gets a fresh nonce', async ({ request }) => {
    const nonce = async () => /'nonce-([^']+)'/.exec((await request.get('/en/privacy')).headers()['content-security-policy']!)![1];
    expect(await nonce()).not.toBe(await nonce());
  });

  test('API answers are not sniffable or frameable either', async ({ request }) => {
    const headers = (await request.get('/api/health')).headers();
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });
});

test.describe('T6 confidential locations', () => {
  test('the exact address is in no page source, in any language', async ({ request }) => {
    const db = createPrismaClient(process.env.DATABASE_URL!);
    try {
      const places = await db.location.findMany({
        where: { isConfidential: true },
        select: { address1: true, postalCode: true, latitude: true, services: { select: { service: { select: { slug: true, organization: { select: { slug: true } } } } } } },
      });
      expect(places.length).toBeGreaterThan(0);
      const slugs = places.flatMap((p) => p.services.map((s) => s.service.slug));
      expect(slugs).toContain(DEMO_SLUGS.confidentialService);
      for (const place of places) {
        for (const { service } of place.services) {
          const paths = [
            ...LOCALES.map((l) => `/${l}/services/${service.slug}`),
            `/en/organizations/${service.organization.slug}`,
            `/en/my-list?s=${service.slug}`,
            '/en/search?q=shelter',
          ];
          for (const path of paths) {
            const response = await request.get(path);
            const html = await response.text();
            expect(html, path).not.toContain(place.address1);
            if (place.latitude !== null) expect(html, path).not.toContain(String(place.latitude));
          }
        }
      }
      // The test can fail: the public page of a non-confidential place shows its street.
      const open = await db.location.findFirstOrThrow({ where: { isConfidential: false, services: { some: { service: { slug: DEMO_SLUGS.legalService } } } } });
      expect(await (await request.get(`/en/services/${DEMO_SLUGS.legalService}`)).text()).toContain(open.address1);
    } finally {
      await db.$disconnect();
    }
  });

  test('the page shows the neighborhood, a phone and why the address is private', async ({ page }) => {
    await page.goto(`/en/services/${DEMO_SLUGS.confidentialService}`);
    await expect(page.getByText('The address is private to keep people safe.')).toBeVisible();
    await expect(page.getByText(/^Neighborhood: /).first()).toBeVisible();
    await expect(page.locator('main a[href^="tel:"]').first()).toBeVisible();
  });
});

test.describe('T5 listings past the hide threshold', () => {
  test('appear on no public page', async ({ request }) => {
    const hidden = DEMO_SLUGS.hiddenStaleService;
    expect((await request.get(`/en/services/${hidden}`)).status()).toBe(404);
    const db = createPrismaClient(process.env.DATABASE_URL!);
    const row = await db.service.findUniqueOrThrow({ where: { slug: hidden }, select: { name: true, organization: { select: { slug: true } }, categories: { select: { category: { select: { slug: true } } } } } });
    await db.$disconnect();
    const pages = [
      '/en',
      `/en/organizations/${row.organization.slug}`,
      ...row.categories.map((c) => `/en/categories/${c.category.slug}`),
      ...row.categories.map((c) => `/en/categories/${c.category.slug}?page=2`),
      `/en/search?q=${encodeURIComponent(row.name)}`,
      `/en/my-list?s=${hidden}`,
    ];
    for (const path of pages) {
      const response = await request.get(path);
      expect([200, 404], path).toContain(response.status());
      const html = await response.text();
      // No link to it (other organizations offer services of the same name, and /my-list
      // echoes its own address in the page's data, so the link is what shows it).
      expect(html, path).not.toContain(`/en/services/${hidden}"`);
    }
  });
});

test.describe('T2–T4 on the service page in every language', () => {
  for (const locale of LOCALES) {
    test(`${locale}: status safety, legal authorization, fraud warning and IDs, each with its date`, async ({ page }) => {
      const m = messages(locale);
      await page.goto(`/${locale}/services/${DEMO_SLUGS.unauthorizedLegalService}`);
      const trust = page.locator('section[aria-labelledby="trust-title"]');
      await expect(trust.getByRole('heading', { name: m.Trust.heading })).toBeVisible();
      await expect(trust.getByText(m.Trust.statusQuestion)).toBeVisible();
      await expect(trust.getByText(m.Trust.dataSharing)).toBeVisible();
      await expect(trust.getByText(m.Trust.legalHeading)).toBeVisible();
      await expect(trust.getByText(m.Trust.legal_none)).toBeVisible();
      await expect(trust.getByText(m.Trust.idsHeading)).toBeVisible();
      await expect(trust.getByRole('note')).toContainText(m.Trust.fraudHeading);
      const confirmedPrefix = String(m.Trust.confirmedOn).split('{date}')[0]!.trim();
      const dated = await trust.getByText(confirmedPrefix || m.TrustDetails.notConfirmedYet).count();
      const undated = await trust.getByText(m.TrustDetails.notConfirmedYet).count();
      expect(dated + undated).toBeGreaterThanOrEqual(4); // status, sharing, legal, IDs
    });
  }

  test('legal and citizenship services always warn about notarios', async ({ page }) => {
    for (const category of ['legal-immigration', 'citizenship-civic']) {
      await page.goto(`/en/categories/${category}`);
      const links = await page.locator('article h3 a').evaluateAll((as) => as.slice(0, 4).map((a) => a.getAttribute('href')!));
      expect(links.length).toBeGreaterThan(0);
      for (const href of links) {
        await page.goto(href);
        await expect(page.getByRole('note').filter({ hasText: 'Protect yourself from immigration fraud' }), href).toBeVisible();
      }
    }
  });
});
