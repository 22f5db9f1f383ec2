import { expect as baseExpect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

// Saves run a transaction on a shared 2-core machine: allow for it.
const expect = baseExpect.configure({ timeout: 15_000 });
const PASSWORD = process.env.DEMO_PASSWORD || 'welcome-demo-2026';
const STAFF = 'liaison@demo.welcome-desk.example';
const ADMIN = 'admin@demo.welcome-desk.example';
const PARTNER = 'partner@demo.welcome-desk.example';
const BREAKOUT = '</script><script>window.__xss=1</script>';

async function signIn(page: Page, email: string) {
  await page.goto('/en/admin/sign-in');
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/en\/admin$/);
}

/** A date some days ahead, as the date inputs want it. */
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const weekdayOf = (key: string) => ((new Date(`${key}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;

async function createEvent(page: Page, title: string) {
  await page.goto('/en/admin/events/new');
  const start = inDays(10);
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Web address').fill(`e2e-event-${Date.now()}-${Math.floor(Math.random() * 1e6)}`);
  await page.getByLabel('Summary', { exact: true }).fill('A weekly class for newcomers');
  await page.getByLabel('Start date').fill(start);
  await page.getByLabel('Start time', { exact: true }).fill('18:00');
  await page.getByLabel('End date', { exact: true }).fill(start);
  await page.getByLabel('End time', { exact: true }).fill('20:00');
  await page.getByLabel('Repeats', { exact: true }).selectOption('weekly');
  await page.locator(`input[name="weekdays"][value="${weekdayOf(start)}"]`).check();
  await page.getByLabel('Number of times', { exact: true }).fill('6');
  await page.getByLabel('Online link', { exact: true }).fill('https://class.example.org/live');
  await page.getByRole('button', { name: 'Create event' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved.');
  return { editor: page.url().replace(/\?.*$/, ''), start };
}

test('staff create a weekly event, fix bad input, cancel one date, publish it and see it public', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, STAFF);
  await page.locator('a[href="/en/admin/events"]').click();
  await expect(page).toHaveURL(/\/en\/admin\/events$/);
  const title = `E2E class ${Date.now()} ${BREAKOUT}`;
  const { editor, start } = await createEvent(page, title);

  // An end before the start is refused next to the field, with the input kept.
  await page.getByLabel('End time', { exact: true }).fill('17:00');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Some fields need attention' })).toBeVisible();
  const endTime = page.getByLabel('End time', { exact: true });
  await expect(endTime).toHaveAttribute('aria-invalid', 'true');
  await expect(endTime).toHaveValue('17:00');
  await expect(page.getByText('The end must be after the start.')).toBeVisible();

  // An invalid time zone and a date that is not one of the event's dates, too.
  await endTime.fill('20:00');
  await page.getByLabel('Time zone', { exact: true }).fill('Mars/Olympus');
  await page.getByLabel('Row 1: date it was planned').fill(inDays(11));
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Enter a time zone name such as America/New_York.')).toBeVisible();

  await page.getByLabel('Time zone', { exact: true }).fill('America/New_York');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText("This date is not one of the event's dates.")).toBeVisible();

  const cancelled = new Date(Date.parse(`${start}T12:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Row 1: date it was planned').fill(cancelled);
  await page.getByLabel('Row 1: note for visitors').fill('No class this week');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Status: Draft · version 2')).toBeVisible();
  await expect(page.getByLabel('Row 1: date it was planned')).toHaveValue(cancelled);

  // A Spanish title, written by staff and marked reviewed, beside the source.
  await page.locator('#translation-form select[name="translationLocale"]').selectOption('es');
  await page.locator('#translation-form textarea[name="value"]').fill('Clase de prueba E2E');
  await page.getByRole('button', { name: 'Save translation' }).click();
  await expect(page.getByRole('status')).toHaveText('Translation saved.');
  await expect(page.getByRole('cell', { name: 'Clase de prueba E2E' })).toBeVisible();

  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('status')).toContainText('Published');
  const publicUrl = (await page.getByRole('link', { name: 'View public page' }).getAttribute('href'))!;
  await page.goto(publicUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByText('No class this week')).toBeVisible();
  // "</script>" in the title neither runs nor breaks out of the JSON-LD.
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd.name).toBe(title);

  const ics = await page.request.get(`${publicUrl}/ics`);
  const text = await ics.text();
  expect(text).toContain('RRULE:FREQ=WEEKLY');
  expect(text).toContain(`EXDATE;TZID=America/New_York:${cancelled.replace(/-/g, '')}T180000`);

  await page.goto(`${editor}/history`);
  await expect(page.getByRole('link', { name: 'View version 4' })).toBeVisible();
  expect((await page.goto(publicUrl.replace('/en/', '/es/')))?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Clase de prueba E2E');
  await page.goto(editor);
  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByRole('status')).toContainText('Archived');
  expect((await page.goto(publicUrl))?.status()).toBe(404);
});

test('a stale event save is refused and shows what changed', async ({ browser }) => {
  const a = await browser.newPage();
  const b = await browser.newPage();
  await signIn(a, STAFF);
  await signIn(b, ADMIN);
  const { editor } = await createEvent(a, `E2E stale event ${Date.now()}`);
  await b.goto(editor);
  await a.getByLabel('Summary', { exact: true }).fill('Changed by the liaison');
  await a.getByRole('button', { name: 'Save changes' }).click();
  await expect(a.getByText('Status: Draft · version 2')).toBeVisible();
  await b.getByLabel('Summary', { exact: true }).fill('Changed by the admin');
  await b.getByRole('button', { name: 'Save changes' }).click();
  const alert = b.getByRole('alert').filter({ hasText: 'Not saved' });
  await expect(alert.getByRole('row', { name: /^summary/ })).toContainText('Changed by the liaison');
  await expect(b.getByLabel('Summary', { exact: true })).toHaveValue('Changed by the admin');
  await a.close();
  await b.close();
});

test('partners cannot open the events editor', async ({ page }) => {
  await signIn(page, PARTNER);
  const response = await page.goto('/en/admin/events');
  expect([403, 404]).toContain(response?.status());
  await expect(page.getByRole('heading', { name: 'Events', exact: true })).toHaveCount(0);
});

test('the events editor passes axe in English and Arabic', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, ADMIN);
  const { editor } = await createEvent(page, `E2E axe event ${Date.now()}`);
  for (const url of ['/en/admin/events', '/en/admin/events/new', editor, `${editor}/history`]) {
    await page.goto(url);
    await expectNoAxeViolations(page);
  }
  await page.goto(editor.replace('/en/', '/ar/'));
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectNoAxeViolations(page);
});
