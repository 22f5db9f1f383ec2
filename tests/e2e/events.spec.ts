import ICAL from 'ical.js';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { recordForeignRequests } from './support/pages';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a newcomer finds an event by language, opens it and downloads it for the calendar @phone', async ({ page, baseURL }) => {
    test.setTimeout(60_000); // five page loads on a shared 2-core machine
    const foreign = recordForeignRequests(page, baseURL!);
    await page.goto('/en');
    await page.getByRole('banner').getByRole('link', { name: 'Events' }).click();
    await expect(page).toHaveURL(/\/en\/events$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Events');
    await expect(page.locator('ol > li > h2').first()).toBeVisible();
    await page.getByLabel('Language of the event').selectOption('ar');
    await page.getByRole('button', { name: 'Show events' }).click();
    await expect(page).toHaveURL(/\/en\/events\?category=&lang=ar/);
    await expect(page.getByText(/In .*Arabic/).first()).toBeVisible();
    await page.locator('ol h3 a').first().click();
    await expect(page).toHaveURL(/\/en\/events\/[a-z0-9-]+$/);
    await expect(page.getByRole('heading', { name: 'When' })).toBeVisible();
    const ics = page.getByRole('link', { name: 'Add to my calendar (.ics)' });
    const response = await page.request.get((await ics.getAttribute('href'))!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(ICAL.parse(await response.text())[0]).toBe('vcalendar');
    expect(foreign).toEqual([]);
  });

  test('the month view moves between months with links', async ({ page }) => {
    await page.goto('/en/events/month?month=2026-11');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Events in November 2026');
    await page.getByRole('link', { name: 'Next month' }).click();
    await expect(page).toHaveURL(/month=2026-12/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Events in December 2026');
    await expect(page.getByRole('table')).toBeVisible();
  });
});

test('Welcome Week is featured on the home page and links to its event page with JSON-LD', async ({ page }) => {
  await page.goto('/en');
  const link = page.locator('#events-title ~ ul').getByRole('link', { name: /Welcome Week/ }).first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/en\/events\/riverton-welcome-week$/);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({ '@type': 'Event', isAccessibleForFree: true });
  expect(jsonLd.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByRole('heading', { name: 'Services from this organizer' })).toBeVisible();
});

test('the cancelled English class is shown as cancelled, and past events stay in the archive', async ({ page }) => {
  // The term runs ten weeks, so the cancelled class is in one of the next three months.
  let found = 0;
  await page.goto('/en/events/month');
  for (let i = 0; i < 3; i++) {
    found += await page.getByRole('cell').filter({ has: page.locator('a[href$="/events/evening-english-new-term-elm-heights"]') }).filter({ hasText: 'Cancelled' }).count();
    await page.getByRole('link', { name: 'Next month' }).click();
  }
  expect(found).toBe(1);
  await page.goto('/en/events/past');
  await expect(page.getByRole('link', { name: /Citizenship/ }).first()).toBeVisible();
});

test('calendar feeds: whole, per topic and per language, with stable UIDs and time zones', async ({ request }) => {
  const whole = await request.get('/en/events/calendar.ics');
  expect(whole.status()).toBe(200);
  expect(whole.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  const text = await whole.text();
  expect(text).toContain('BEGIN:VTIMEZONE');
  expect(text).toMatch(/DTSTART;TZID=America\/New_York:\d{8}T\d{6}/);
  expect(text).toMatch(/RRULE:FREQ=WEEKLY/);
  expect(text).toMatch(/EXDATE;TZID=America\/New_York:/);
  const again = await (await request.get('/en/events/calendar.ics')).text();
  const uids = (t: string) => [...t.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]).sort();
  expect(uids(again)).toEqual(uids(text));
  const topic = await (await request.get('/en/events/calendar.ics?category=english-classes')).text();
  expect(uids(topic).length).toBeGreaterThan(0);
  expect(uids(topic).length).toBeLessThan(uids(text).length);
  expect(topic).toContain('X-WR-CALNAME:Riverton events: English');
  const haitian = await (await request.get('/es/events/calendar.ics?lang=ht')).text();
  expect(uids(haitian).length).toBeGreaterThan(0);
  expect(uids(haitian).length).toBeLessThan(uids(text).length);
});

test('malformed filters get the localized 400 page, unknown events a 404, never a 500', async ({ request, page }) => {
  for (const query of ['from=2026-02-30', 'from=2027-01-01&to=2026-01-01', 'from=1999-01-01', 'to=abc', 'month=2026-13', 'month=26-1', 'free=banana', 'lang=%3Cscript%3E', 'from=2026-01-01&to=2028-01-01', 'category=a&category=b']) {
    const response = await request.get(`/en/events?${query}`);
    expect(response.status(), query).toBe(400);
    expect((await request.get(`/en/events/month?${query}`)).status(), `month ${query}`).toBe(400);
  }
  expect((await request.get('/en/events/calendar.ics?from=2026-02-30')).status()).toBe(400);
  expect((await request.get('/en/events/no-such-event')).status()).toBe(404);
  expect((await request.get('/en/events/no-such-event/ics')).status()).toBe(404);
  expect((await request.get('/en/events?page=999')).status()).toBe(404);
  const response = await page.goto('/ar/events?from=2026-99-99');
  expect(response?.status()).toBe(400);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});

for (const locale of ['en', 'ar']) {
  test(`events pages in ${locale} have no axe violations`, async ({ page }) => {
    test.setTimeout(90_000);
    for (const path of ['/events', '/events/month', '/events/past', '/events/riverton-welcome-week', '/events/evening-english-new-term-elm-heights']) {
      const response = await page.goto(`/${locale}${path}`);
      expect(response?.status(), path).toBe(200);
      if (locale === 'ar') await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expectNoAxeViolations(page);
    }
  });
}

test('the month grid starts its weeks on Sunday and puts each date under its weekday', async ({ page }) => {
  await page.goto('/en/events/month?month=2026-11');
  await expect(page.locator('table thead th').first()).toContainText('Sun');
  // 1 November 2026 is a Sunday: first cell of the first week.
  await expect(page.locator('table tbody tr').first().locator('td').first().locator('time')).toHaveAttribute('datetime', '2026-11-01');
  await page.goto('/en/events/month?month=2026-12');
  // 1 December 2026 is a Tuesday: third cell.
  await expect(page.locator('table tbody tr').first().locator('td').nth(2).locator('time')).toHaveAttribute('datetime', '2026-12-01');
});
