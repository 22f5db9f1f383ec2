import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { recordForeignRequests } from './support/pages';

// PRODUCT P2: search works as plain HTML (GET forms and links), every state is a shareable
// URL, pages keep their filters, and a search without results offers a way on.

const results = (page: Page) => page.locator('#results-title ~ ul > li article');

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('words, then a filter, then the next page: the URL carries everything @phone', async ({ page, baseURL }) => {
    const foreign = recordForeignRequests(page, baseURL!);
    await page.goto('/en');
    await page.getByRole('searchbox', { name: 'What do you need?' }).fill('help');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/en\/search\?q=help$/);
    await expect(results(page).first()).toBeVisible();

    await page.locator('summary').filter({ hasText: 'Filters' }).click();
    await page.getByRole('checkbox', { name: /^Free \(\d+\)$/ }).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/[?&]q=help&/);
    await expect(page).toHaveURL(/[?&]free=1/);
    await expect(page.getByRole('list', { name: 'Filters in use' }).getByRole('link', { name: 'Remove filter: Free' })).toBeVisible();
    for (const card of await results(page).all()) await expect(card.getByText('Free', { exact: true })).toBeVisible();

    // New words keep the filters.
    await page.getByRole('searchbox').fill('english');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/q=english/);
    await expect(page).toHaveURL(/free=1/);
    expect(foreign).toEqual([]);
  });

  test('pagination keeps the filters', async ({ page }) => {
    await page.goto('/en/search?free=1');
    const status = page.getByText(/^Page 1 of (\d+)$/);
    await expect(status).toBeVisible();
    await page.getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/\/en\/search\?free=1&page=2$/);
    await expect(page.getByText(/^Page 2 of \d+$/)).toBeVisible();
    await expect(page.getByRole('checkbox', { name: /^Free/ })).toBeChecked();
    await page.getByRole('link', { name: 'Previous page' }).click();
    await expect(page).toHaveURL(/\/en\/search\?free=1$/);
  });

  test('a shared URL restores every filter in the form', async ({ page }) => {
    await page.goto('/es/search?q=abogado&category=legal-immigration&lang=es&walkin=1&near=frog-hollow&within=5&sort=distance');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.locator('#filter-category')).toHaveValue('legal-immigration');
    await expect(page.locator('#filter-lang')).toHaveValue('es');
    await expect(page.locator('#filter-near')).toHaveValue('frog-hollow');
    await expect(page.locator('#filter-within')).toHaveValue('5');
    await expect(page.locator('#filter-sort')).toHaveValue('distance');
    await expect(page.getByRole('checkbox', { name: /^Puede llegar sin cita/ })).toBeChecked();
    await expect(page.getByRole('list', { name: 'Filtros en uso' }).getByRole('listitem')).toHaveCount(5);
  });
});

test('distance: results within the radius show how far they are, nearest first', async ({ page }) => {
  await page.goto('/en/search?near=frog-hollow&within=2');
  const distances = await results(page).getByText(/[\d.]+ mi away/).allTextContents();
  expect(distances.length).toBeGreaterThan(0);
  const miles = distances.map((text) => Number(/([\d.]+) mi away/.exec(text)![1]));
  expect(miles).toEqual([...miles].sort((a, b) => a - b));
  expect(Math.max(...miles)).toBeLessThanOrEqual(2);
  await expect(page.locator('#filter-within option[value="2"]')).toHaveText(/^2 miles \(\d+\)$/);
});

test('zero results: remove a filter, a broader category and a phone number', async ({ page }) => {
  await page.goto('/en/search?q=lawyer&lang=tlh');
  await expect(page.getByRole('status')).toHaveText('No services found');
  const help = page.locator('section[aria-labelledby="no-results-title"]');
  await expect(help.getByRole('heading', { name: /We did not find services for “lawyer”/ })).toBeVisible();
  await expect(help.getByRole('link', { name: /See everything in Legal & immigration help/ })).toHaveAttribute('href', '/en/categories/legal-immigration');
  await expect(help.getByRole('link', { name: /\(555\) 010-2030/ })).toHaveAttribute('href', /^tel:/);
  await expectNoAxeViolations(page);
  await help.getByRole('link', { name: /^Without “Staff speak .+” \(\d+ services?\)$/ }).click();
  await expect(page).toHaveURL(/\/en\/search\?q=lawyer$/);
  await expect(results(page).first()).toBeVisible();
});

test('typo tolerance and other languages on the search page', async ({ page }) => {
  await page.goto('/fr/search?q=avocatt');
  await expect(page.getByText(/Nous avons aussi cherché des mots proches des vôtres : .*avocat/)).toBeVisible();
  await expect(results(page).first()).toBeVisible();
  await page.goto('/zh-Hans/search?q=%E5%BE%8B%E5%B8%88');
  await expect(page.getByRole('navigation', { name: '相关类别' }).getByRole('link').first()).toHaveAttribute('href', '/zh-Hans/categories/legal-immigration');
});

test('search pages pass axe, left to right and right to left', async ({ page }) => {
  test.slow(); // several pages, each through axe
  for (const path of ['/en/search?q=lawyer&free=1&near=downtown&within=5', '/ar/search?q=%D9%85%D8%AD%D8%A7%D9%85%D9%8A', '/fa-AF/search?opennow=1&lang=prs', '/es/search', '/zh-Hans/search?q=%E8%8B%B1%E8%AF%AD%E8%AF%BE']) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
  await page.goto('/ar/search?q=%D9%85%D8%AD%D8%A7%D9%85%D9%8A&free=1');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // Filters sit at the start side: the right in Arabic.
  const filters = await page.locator('details').filter({ has: page.locator('#filters-title') }).boundingBox();
  const list = await page.locator('#results-title').locator('..').boundingBox();
  expect(filters!.x).toBeGreaterThan(list!.x);
});

test('malformed filter values get the 400 page; unknown values are left out with a notice', async ({ request, page }) => {
  for (const query of ['free=banana', 'within=abc', 'within=-1', 'category=health&category=food-basic-needs', "category=x'%20OR%201=1", 'lang=%3Cscript%3E', 'near=Frog%20Hollow', 'sort=name%20DESC', 'page=-1', `q=${'x'.repeat(10_000)}`]) {
    const response = await request.get(`/en/search?${query}`);
    expect(response.status(), query).toBe(400);
    expect(await response.text()).toContain('Something in the link is not right');
  }
  const response = await page.goto('/en/search?q=lawyer&category=no-such-category&near=99999&within=7&sort=price');
  expect(response?.status()).toBe(200);
  await expect(page.getByText('The category in this link does not exist any more, so we searched every category.')).toBeVisible();
  await expect(page.getByText('We do not know the place in this link, so distance was left out.')).toBeVisible();
  await expect(results(page).first()).toBeVisible();
  expect((await request.get('/en/search?q=lawyer&page=9999')).status()).toBe(404);
  for (const q of ['&|!:*()', "' OR 1=1 --", '\u202E\u0000abogado', '😀', 'a'.repeat(200)]) {
    expect((await request.get(`/en/search?q=${encodeURIComponent(q)}&free=1&near=06106`)).status(), q).toBe(200);
  }
});
