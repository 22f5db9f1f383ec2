import { readFileSync } from 'node:fs';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { expectNoAxeViolations } from './support/axe';

// PRODUCT L6 through the browser: download a file for a translator, upload it back.

const expect = baseExpect.configure({ timeout: 15_000 });
test.slow();
const PASSWORD = process.env.DEMO_PASSWORD || 'welcome-demo-2026';

async function signIn(page: Page) {
  await page.goto('/en/admin/sign-in');
  await page.locator('input[name="email"]').fill('liaison@demo.welcome-desk.example');
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/en\/admin$/);
}

async function download(page: Page, button: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

const upload = async (page: Page, name: string, text: string) => {
  const form = page.locator('form').filter({ has: page.locator('input[type="file"]') });
  await form.getByLabel('Language').selectOption('pt');
  await form.getByLabel(/Translated file/).setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await form.getByRole('button', { name: 'Check and import' }).click();
};

test('staff download listing texts for a translator and import the translated file', async ({ page }) => {
  test.setTimeout(240_000); // three downloads, two uploads and two axe runs on a shared 2-core machine
  await signIn(page);
  await page.goto('/en/admin/translations');
  const panel = page.getByRole('region', { name: 'Download listing texts to translate' });
  const choose = async () => {
    await panel.getByLabel('Language').selectOption('pt');
    await panel.getByLabel('Format').selectOption('csv');
    await panel.getByLabel('Listings').selectOption('organization');
  };
  await choose();
  const csv = await download(page, 'Download');
  expect(csv.name).toMatch(/^welcome-desk-content-pt-organization-needed-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = parse(csv.text, { columns: true }) as Record<string, string>[];
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((r) => r.entity === 'organization' && r.status !== 'reviewed')).toBe(true);

  // A translator approves one machine translation as it is and sends the file back.
  const row = rows.find((r) => r.status === 'machine' && r.target) ?? rows.find((r) => r.source)!;
  row.target ||= `${row.source} (pt)`;
  const columns = ['entity', 'id', 'field', 'source', 'target', 'status'];
  await upload(page, 'pt.csv', stringify([row], { header: true, columns }));
  await expect(page.getByRole('status')).toHaveText('Imported. Translations updated: 1. Already up to date: 0. Left empty in the file: 0.');
  await expectNoAxeViolations(page);

  // Markup and a changed source: nothing is imported, and both problems are listed.
  const bad = [{ ...row, target: '<b>Olá</b>' }, { ...row, field: row.field === 'description' ? 'alternateName' : 'description', source: 'Not the current text', target: 'Nome' }];
  await upload(page, 'bad.csv', stringify(bad, { header: true, columns }));
  const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
  await expect(alert).toContainText('the file has 2 problems');
  await expect(alert.getByRole('listitem')).toHaveCount(2);
  await expect(alert).toContainText(`Line 2, organization.${row.id}.${row.field}: The translation contains HTML or other markup.`);
  await expect(alert).toContainText('Outdated: the English text changed since the file was downloaded.');
  await expectNoAxeViolations(page);

  // The re-download no longer offers the approved text as work to do.
  await choose();
  const again = parse((await download(page, 'Download')).text, { columns: true }) as Record<string, string>[];
  expect(again.find((r) => r.id === row.id && r.field === row.field)).toBeUndefined();
});

test('staff download the interface text of a language as XLIFF', async ({ page }) => {
  await signIn(page);
  await page.goto('/en/admin/translations');
  const panel = page.getByRole('region', { name: 'Interface text' });
  await panel.getByLabel('Language').selectOption('fr');
  const xliff = await download(page, 'Download interface text');
  expect(xliff.name).toMatch(/^welcome-desk-interface-fr-.*\.xlf$/);
  expect(xliff.text).toContain('srcLang="en" trgLang="fr"');
  expect(xliff.text).toContain('<unit id="Layout.skipToContent" name="Layout.skipToContent">');
});

test('partners cannot download translation files', async ({ page }) => {
  await page.goto('/en/admin/sign-in');
  await page.locator('input[name="email"]').fill('partner@demo.welcome-desk.example');
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/en\/admin$/);
  expect((await page.request.get('/api/admin/translation-export?locale=pt&format=csv')).status()).toBe(403);
  expect((await page.request.get('/api/admin/ui-messages-export?locale=pt&format=csv')).status()).toBe(403);
});
