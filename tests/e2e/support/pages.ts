import { expect, type Page } from '@playwright/test';

/** Opens the first service listed in a category and returns its path. */
export async function firstServicePath(page: Page, locale: string, category: string): Promise<string> {
  await page.goto(`/${locale}/categories/${category}`);
  const href = await page.locator('article h3 a').first().getAttribute('href');
  expect(href).toMatch(new RegExp(`^/${locale}/services/[a-z0-9-]+$`));
  return href!;
}

/** Fails the test if the page asks any host other than our own for anything. */
export function recordForeignRequests(page: Page, baseURL: string): string[] {
  const foreign: string[] = [];
  const own = new URL(baseURL).origin;
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(own) && !url.startsWith('data:')) foreign.push(url);
  });
  return foreign;
}
