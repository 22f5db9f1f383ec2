import { randomUUID } from 'node:crypto';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { expectNoAxeViolations } from './support/axe';

// The staff import (I2) in a real browser: upload → preview → apply, a file with problems,
// and the pages in English and Arabic (RTL) through axe.
const expect = baseExpect.configure({ timeout: 20_000 });

const PASSWORD = process.env.DEMO_PASSWORD || 'welcome-demo-2026';
const STAFF = 'liaison@demo.welcome-desk.example';

async function signIn(page: Page) {
  await page.goto('/en/admin/sign-in');
  await page.locator('input[name="email"]').fill(STAFF);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/en\/admin$/);
}

function packageZip(serviceName: string) {
  const org = randomUUID();
  return Buffer.from(zipSync({
    'organizations.csv': strToU8(`id,name,description\n${org},E2E Imported Org ${serviceName},From a 211\n`),
    'services.csv': strToU8(`id,organization_id,name,status,description\n${randomUUID()},${org},${serviceName},active,Imported in a browser test\n`),
    'notes.txt': strToU8('not a table'),
  }));
}

test('staff preview and apply an HSDS import; problems are listed by file and row', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page);
  await page.goto('/en/admin/data');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data exchange');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Import an HSDS data package or a CSV file' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import data');
  await expectNoAxeViolations(page);

  const name = `E2E import ${Date.now()}`;
  await page.getByLabel(/^File/).setInputFiles({ name: 'from-211.zip', mimeType: 'application/zip', buffer: packageZip(name) });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByRole('heading', { name: 'Preview of from-211.zip' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Services 1 0/ })).toBeVisible();
  await expect(page.getByText('Files not used: notes.txt')).toBeVisible();
  await expect(page.getByText('No problems found.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Apply the import' }).click();
  await expect(page.getByRole('status')).toContainText('Import applied: 2 new, 0 updated.');
  await expect(page.getByRole('button', { name: 'Apply the import' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Upload another file' }).click();
  await page.getByLabel(/^File/).setInputFiles({ name: 'services.csv', mimeType: 'text/csv', buffer: Buffer.from(`id,organization_id,name,status\n${randomUUID()},nowhere,Bad row,open\n`) });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByRole('heading', { name: '2 problems to fix before importing' })).toBeVisible();
  await expect(page.getByText('services.csv, row 2: “organization_id” refers to “nowhere”')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Apply the import' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('the import pages in Arabic are right-to-left and pass axe', async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page);
  await page.goto('/ar/admin/data');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('تبادل البيانات');
  await expectNoAxeViolations(page);
  await page.goto('/ar/admin/data/import');
  await page.getByLabel(/^الملف/).setInputFiles({ name: 'from-211.zip', mimeType: 'application/zip', buffer: packageZip(`E2E ar ${Date.now()}`) });
  await page.getByRole('button', { name: 'فحص الملف' }).click();
  await expect(page.getByRole('heading', { name: 'معاينة from-211.zip' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'تطبيق الاستيراد' })).toBeVisible();
  await expectNoAxeViolations(page);
});
