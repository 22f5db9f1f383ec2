import { expect as baseExpect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

// Saves run a transaction and a search refresh on a shared 2-core machine: allow for it.
const expect = baseExpect.configure({ timeout: 15_000 });

const PASSWORD = process.env.DEMO_PASSWORD || 'welcome-demo-2026';
const STAFF = 'liaison@demo.welcome-desk.example';
const ADMIN = 'admin@demo.welcome-desk.example';
const PARTNER = 'partner@demo.welcome-desk.example';
const XSS = `<script>window.__xss=1</script><img src=x onerror="window.__xss=1">`;

async function signIn(page: Page, email: string) {
  await page.goto('/en/admin/sign-in');
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/en\/admin$/);
}

/** Creates a draft through the editor; returns the editor URL. */
async function createService(page: Page, name: string) {
  await page.goto('/en/admin/services/new');
  // A demo organization (all published), never one another test just created as a draft.
  const orgs = await page.locator('select[name="organizationId"] option').allTextContents();
  await page.locator('select[name="organizationId"]').selectOption({ label: orgs.find((o) => o !== '—' && !o.startsWith('E2E'))! });
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await page.getByLabel('Web address').fill(`e2e-${Date.now()}-${Math.floor(Math.random() * 1e6)}`);
  await page.getByLabel('Summary').fill('Help with forms');
  await page.getByLabel('Description').fill('We help with forms.');
  await page.locator('input[name="categoryIds"]').last().check();
  await page.getByLabel('Phone', { exact: true }).fill('555-010-0123');
  await page.getByRole('button', { name: 'Create service' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved.');
  return page.url().replace(/\?.*$/, '');
}

test('staff create, edit with hours, publish, verify, compare, restore and archive a service', async ({ page }) => {
  test.setTimeout(90_000);
  const dialogs: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await signIn(page, STAFF);
  const name = `E2E clinic ${Date.now()}`;
  const editor = await createService(page, name);

  // Bad input is refused next to the field, with what was typed kept.
  await page.getByLabel('Website').fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Some fields need attention' })).toBeVisible();
  const website = page.getByLabel('Website');
  await expect(website).toHaveAttribute('aria-invalid', 'true');
  await expect(website).toHaveValue('javascript:alert(1)');
  await expect(page.locator(`#${(await website.getAttribute('aria-describedby'))!.split(' ').pop()}`)).toHaveText('Enter a full web address starting with https://.');

  await website.fill('https://clinic.example.org');
  await page.getByLabel('Summary').fill(`Forms help ${XSS}`);
  await page.getByLabel('Row 1: day').selectOption('1');
  await page.getByLabel('Row 1: opens').fill('09:00');
  await page.getByLabel('Row 1: closes').fill('12:00');
  await page.getByLabel('Row 2: day').selectOption('1');
  await page.getByLabel('Row 2: opens').fill('13:00');
  await page.getByLabel('Row 2: closes').fill('17:00');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Status: Draft · version 2')).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Saved.');
  await expect(page.getByLabel('Row 2: closes')).toHaveValue('17:00');

  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('status')).toContainText('Published');
  const publicLink = page.getByRole('link', { name: 'View public page' });
  const publicUrl = (await publicLink.getAttribute('href'))!;

  // The public page shows the change at once, with the payload as inert text.
  await page.goto(publicUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByText(`Forms help ${XSS}`)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

  // One click on the verification dashboard.
  await page.goto('/en/admin/verification');
  await page.getByRole('button', { name: `Verified, still correct: ${name}` }).click();
  await expect(page.getByRole('status')).toHaveText(`“${name}” is marked as verified today.`);

  // History: compare the first and the latest version, then restore the first.
  await page.goto(`${editor}/history`);
  await expect(page.getByRole('cell', { name: 'Verified' })).toBeVisible();
  await page.getByLabel('Compare from version 1').check();
  await page.getByRole('button', { name: 'Compare' }).click();
  const diff = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Before' }) });
  await expect(diff.getByRole('row', { name: /^summary/ })).toContainText(XSS);
  await page.getByRole('link', { name: 'View version 1' }).click();
  await page.getByRole('button', { name: 'Restore version 1' }).click();
  await expect(page.getByRole('status')).toHaveText('The earlier version was restored as a new version.');
  await expect(page.getByLabel('Summary')).toHaveValue('Help with forms');

  // Archiving asks first (no pop-up: a disclosure with the real button).
  await page.getByText('Archive', { exact: true }).click();
  await expect(page.getByText('Archive this service?', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Yes, archive' }).click();
  await expect(page.getByRole('status')).toContainText('Archived');
  expect((await page.goto(publicUrl))?.status()).toBe(404);
  expect(dialogs).toEqual([]);
});

test('a stale save is refused, shows what changed and keeps the input', async ({ browser }) => {
  test.setTimeout(60_000);
  const a = await browser.newPage();
  const b = await browser.newPage();
  await signIn(a, STAFF);
  await signIn(b, ADMIN);
  const editor = await createService(a, `E2E stale ${Date.now()}`);
  await b.goto(editor);
  await a.getByLabel('Who can use it').fill('Adults only');
  await a.getByRole('button', { name: 'Save changes' }).click();
  await expect(a.getByText('Status: Draft · version 2')).toBeVisible();

  await b.getByLabel('Who can use it').fill('Everyone');
  await b.getByRole('button', { name: 'Save changes' }).click();
  const alert = b.getByRole('alert').filter({ hasText: 'Not saved' });
  await expect(alert).toContainText('someone else saved this listing');
  await expect(alert.getByRole('row', { name: /^eligibility/ })).toContainText('Adults only');
  await expect(b.getByLabel('Who can use it')).toHaveValue('Everyone');
  // Saving again after seeing the changes is a deliberate replace.
  await b.getByRole('button', { name: 'Save changes' }).click();
  await expect(b.getByRole('status')).toHaveText('Saved.');
  await expect(b.getByLabel('Who can use it')).toHaveValue('Everyone');
  await a.close();
  await b.close();
});

test('every editor page passes axe, and the Arabic editor is right-to-left', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await signIn(page, ADMIN);
  const editor = await createService(page, `E2E axe ${Date.now()}`);
  for (const url of ['/en/admin/services', '/en/admin/services/new', editor, `${editor}/history`, '/en/admin/verification', '/en/admin/settings']) {
    await page.goto(url);
    await expectNoAxeViolations(page);
  }
  await page.goto(editor.replace('/en/', '/ar/'));
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('button', { name: 'حفظ التغييرات' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath('admin-service-editor-ar.png'), fullPage: false });
});

test('partners get 403 on every editor; staff get 403 on settings', async ({ browser }) => {
  const partner = await browser.newPage();
  await signIn(partner, PARTNER);
  for (const url of ['/en/admin/services', '/en/admin/services/new', '/en/admin/verification', '/en/admin/settings']) {
    expect((await partner.goto(url))?.status(), url).toBe(403);
  }
  const staff = await browser.newPage();
  await signIn(staff, STAFF);
  expect((await staff.goto('/en/admin/settings'))?.status()).toBe(403);
  expect((await staff.goto('/en/admin/verification'))?.status()).toBe(200);
  await partner.close();
  await staff.close();
});

test('admins change the verification thresholds in settings', async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto('/en/admin/settings');
  const flag = page.getByLabel('Flag to staff after (days)');
  const hide = page.getByLabel('Hide from the public after (days)');
  const before = await flag.inputValue();
  await flag.fill('400');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(hide).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Hiding must come later than flagging.')).toBeVisible();
  await flag.fill(before);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved.');
});

test('staff create and edit an organization and a guide; both pages pass axe', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, STAFF);
  const stamp = Date.now();
  await page.goto('/en/admin/organizations/new');
  await expectNoAxeViolations(page);
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(`E2E org ${XSS}`);
  await page.getByLabel('Web address').fill(`e2e-org-${stamp}`);
  await page.getByLabel('Year founded').fill('3000');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByLabel('Year founded')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Year founded').fill('1999');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`E2E org ${XSS}`);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('cell', { name: 'Created' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/en/admin/guides/new');
  await page.getByLabel('Title').fill(`E2E guide ${stamp}`);
  await page.getByLabel('Web address').fill(`e2e-guide-${stamp}`);
  await page.getByRole('textbox', { name: 'Text', exact: true }).fill(`## Heading\n\n${XSS}`);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved.');
  await expect(page.getByRole('textbox', { name: 'Text', exact: true })).toHaveValue(`## Heading\n\n${XSS}`);
  await expectNoAxeViolations(page);
  await page.goto('/en/admin/guides');
  await expectNoAxeViolations(page);

  await page.goto('/en/admin/categories');
  await expectNoAxeViolations(page);
  await page.getByRole('link').filter({ hasText: /Housing|Vivienda|housing/i }).first().click();
  await expectNoAxeViolations(page);
  const spanish = page.getByLabel('Search words in Español (es)');
  await spanish.fill(`${await spanish.inputValue()}
bad <word>`);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Search words cannot contain angle brackets or curly brackets.')).toBeVisible();
});
