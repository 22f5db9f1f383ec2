// Issue 10 point 7, forms half: each hostile value class typed into every text field of the
// public forms (suggest, report a problem), the sign-in family and the staff editors, then
// submitted as a person would. The answer is a translated field error or a saved value shown
// escaped: never a 5xx, never a script that runs, never the payload unescaped in the HTML.
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { DEMO_SLUGS } from '../../prisma/seed/directory';
import { encodeValue, HOSTILE_VALUES, reflectedPayload } from './support/hostile-values';

const expect = baseExpect.configure({ timeout: 20_000 });
const PASSWORD = process.env.DEMO_PASSWORD || 'welcome-demo-2026';
const STAFF = 'liaison@demo.welcome-desk.example';
const CLASSES = Object.entries(HOSTILE_VALUES);
const TEXT_FIELDS = 'main form input:is([type=text],[type=email],[type=url],[type=tel],[type=search],:not([type])):visible:not([readonly]):not([disabled]), main form textarea:visible:not([readonly]):not([disabled])';

/** Records 5xx answers and dialogs (a script that ran) for the whole page. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 500) problems.push(`${response.status()} ${response.request().method()} ${response.url().slice(0, 120)}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return problems;
}

/**
 * Fills every text field. Names get an "E2E sweep" prefix so other tests, which skip records
 * named "E2E…", never pick one this test created; web and email fields get the bare value.
 */
async function fillAll(page: Page, value: string) {
  let filled = 0;
  for (const field of await page.locator(TEXT_FIELDS).all()) {
    // A field the page removed meanwhile (a re-render after a save) is simply skipped.
    try {
      const type = (await field.getAttribute('type', { timeout: 2_000 })) ?? 'text';
      const name = (await field.getAttribute('name', { timeout: 2_000 })) ?? '';
      const bare = name === 'email' || /^\d|website|url|email/i.test(name) || type === 'url' || type === 'email';
      await field.fill(bare ? value : `E2E sweep ${value}`, { timeout: 5_000 });
      filled++;
    } catch {
      continue;
    }
  }
  return filled;
}

async function expectAnsweredSafely(page: Page, problems: string[], label: string) {
  await page.waitForLoadState('load');
  expect(problems, label).toEqual([]);
  expect(reflectedPayload(await page.content()), label).toBeNull();
}

async function submit(page: Page) {
  const button = page.locator('main form button[type="submit"]').last();
  // A page that offers no form for this input (e.g. a reset link that is not valid) has
  // already answered; expectAnsweredSafely still checks it.
  if ((await button.count()) === 0) return;
  await button.click();
  // An answer has arrived: a field error, a saved notice, or another page.
  await expect(page.locator('[role=alert], [role=status], h1').first()).toBeVisible();
}

test('public suggest and report forms take every hostile value class without a 5xx', async ({ browser }) => {
  test.setTimeout(300_000);
  const context = await browser.newContext();
  // A few classes at a time: open and fill, wait once for the anti-spam minimum, submit.
  for (let start = 0; start < CLASSES.length; start += 4) {
    const batch = CLASSES.slice(start, start + 4);
    const pages = await Promise.all(batch.flatMap(() => [context.newPage(), context.newPage()]));
    const problems = pages.map(watch);
    for (let i = 0; i < batch.length; i++) {
      const [label, value] = batch[i]!;
      await pages[2 * i]!.goto('/en/suggest');
      expect(await fillAll(pages[2 * i]!, value), label).toBeGreaterThan(0);
      await pages[2 * i + 1]!.goto(`/en/services/${DEMO_SLUGS.legalService}/report`);
      await pages[2 * i + 1]!.locator('input[name="problemType"]').first().check();
      expect(await fillAll(pages[2 * i + 1]!, value), label).toBeGreaterThan(0);
    }
    await pages[0]!.waitForTimeout(3_200);
    for (let i = 0; i < pages.length; i++) {
      await submit(pages[i]!);
      await expectAnsweredSafely(pages[i]!, problems[i]!, `${batch[Math.floor(i / 2)]![0]} ${i % 2 ? 'report' : 'suggest'}`);
      await pages[i]!.close();
    }
  }
  await context.close();
});

test('sign-in, forgot-password and reset-password forms take every hostile value class', async ({ page }) => {
  test.setTimeout(240_000);
  const problems = watch(page);
  for (const [label, value] of CLASSES) {
    for (const path of ['/en/admin/sign-in', '/en/admin/forgot-password', `/en/admin/reset-password?token=${encodeValue(value.slice(0, 200))}`]) {
      await page.goto(path);
      await fillAll(page, value);
      const password = page.locator('main form input[type=password]');
      for (let i = 0; i < (await password.count()); i++) await password.nth(i).fill(value);
      await submit(page);
      await expectAnsweredSafely(page, problems, `${label} ${path.slice(0, 40)}`);
    }
  }
});

async function signIn(page: Page) {
  await page.goto('/en/admin/sign-in');
  await page.locator('input[name="email"]').fill(STAFF);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/en\/admin$/);
}

// The editors: each class typed into every text field of a new record, then of the record once
// created (a save that succeeds moves to its editor, and the next class edits it).
for (const editor of ['services', 'organizations', 'events', 'guides'] as const) {
  test(`the ${editor} editor answers every hostile value class with a field error or an escaped save`, async ({ page }) => {
    test.setTimeout(240_000);
    const problems = watch(page);
    await signIn(page);
    await page.goto(`/en/admin/${editor}/new`);
    for (const [label, value] of CLASSES) {
      expect(await fillAll(page, value), label).toBeGreaterThan(0);
      await submit(page);
      await expectAnsweredSafely(page, problems, `${editor} ${label}`);
    }
  });
}
