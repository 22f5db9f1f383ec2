import { expect, test } from '@playwright/test';

test('unknown slugs give a localized 404', async ({ request, page }) => {
  for (const path of ['/en/services/no-such-service', '/en/organizations/nope', '/en/guides/nope', '/en/categories/nope', '/en/no/such/page']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
  }
  const response = await page.goto('/es/services/no-existe');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Page not found');
});

test('malformed slugs and unknown locales give 404, never 500', async ({ request }) => {
  for (const path of ["/en/services/'%20OR%201=1--", '/en/services/%E2%80%AEabc', `/en/services/${'a'.repeat(500)}`, '/xx/services/abc', '/zz', '/en/categories/..%2F..%2Fetc']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
  }
});

test('malformed page numbers give a localized 400 page', async ({ request, page }) => {
  for (const query of ['page=abc', 'page=-1', 'page=0', 'page=1.5', 'page=99999999999', 'page=1&page=2']) {
    const response = await request.get(`/en/categories/legal-immigration?${query}`);
    expect(response.status(), query).toBe(400);
    expect(await response.text()).toContain('Something in the link is not right');
  }
  const response = await page.goto('/ar/categories/health?page=abc');
  expect(response?.status()).toBe(400);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});

test('a page number past the end is a 404', async ({ request }) => {
  expect((await request.get('/en/categories/legal-immigration?page=500')).status()).toBe(404);
});

test('hostile search queries never cause a 500', async ({ request }) => {
  for (const q of ["' OR 1=1 --", '&|!:*()', '<script>alert(1)</script>', '\u202Eevil', '😀', '%00']) {
    const response = await request.get(`/en/search?q=${encodeURIComponent(q)}`);
    expect(response.status(), q).toBe(200);
    expect(await response.text()).not.toContain('<script>alert(1)</script>');
  }
  expect((await request.get(`/en/search?q=${'x'.repeat(10_000)}`)).status()).toBe(400);
});

test('health endpoint reports the database', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok' });
});
