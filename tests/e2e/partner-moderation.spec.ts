import { readFileSync } from 'node:fs';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

// R1–R5 and A7 in the browser: a partner proposes, staff review the diff and decide, the
// public page shows the approved text; the reverify page; an invited partner lands in their
// dashboard in the language they were invited in. Generous timeouts: a loaded 2-core machine.
const expect = baseExpect.configure({ timeout: 30_000 });

const PASSWORD = process.env.DEMO_PASSWORD || 'welcome-demo-2026';
const STAFF = 'liaison@demo.welcome-desk.example';
const ADMIN = 'admin@demo.welcome-desk.example';
const PARTNER = 'partner@demo.welcome-desk.example';
const XSS = `<script>window.__xss=1</script><img src=x onerror="window.__xss=1">`;
const es = { ...JSON.parse(readFileSync('messages/accounts/es.json', 'utf8')), ...JSON.parse(readFileSync('messages/moderation/es.json', 'utf8')) };

async function signIn(page: Page, email: string, locale = 'en', password = PASSWORD) {
  await page.goto(`/${locale}/admin/sign-in`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/admin$`));
}

test('a partner proposes an edit; staff see the diff (HTML inert) and approve; the public page shows it', async ({ browser }) => {
  test.setTimeout(240_000);
  const partner = await (await browser.newContext()).newPage();
  await signIn(partner, PARTNER);
  await expect(partner.getByRole('heading', { name: 'Your proposals' })).toBeVisible();
  await expectNoAxeViolations(partner);

  // The last of their services: the demo data's pending proposal is about the first one.
  const editLink = partner.locator('section[aria-labelledby="my-services"]').getByRole('link', { name: /^Propose an edit to / }).last();
  const href = (await editLink.getAttribute('href'))!;
  const serviceId = href.split('/').pop()!;
  await editLink.click();
  await expect(partner.getByRole('heading', { level: 1 })).toContainText('Propose an edit to');
  const summary = `E2E partner summary ${Date.now()} ${XSS}`;
  await partner.getByLabel('Summary', { exact: true }).fill(summary);
  // The spare rows follow the existing translations: fill the first empty one.
  const rows = partner.locator('textarea[name="trValue"]');
  const empty = await rows.evaluateAll((els) => els.findIndex((e) => (e as HTMLTextAreaElement).value === ''));
  await partner.locator('select[name="trLocale"]').nth(empty).selectOption('ht');
  await partner.locator('select[name="trField"]').nth(empty).selectOption('summary');
  await rows.nth(empty).fill('Rezime an kreyòl (E2E)');
  await partner.getByLabel('Message to the reviewer (optional)').fill('New summary for the season.');
  await partner.getByRole('button', { name: 'Send for review' }).click();
  await expect(partner.getByRole('status')).toHaveText('Thank you. Your proposal was sent for review.');
  await expect(partner.getByText('Waiting for review')).toBeVisible();
  const proposalUrl = partner.url();
  const submissionId = proposalUrl.match(/proposals\/([0-9a-f-]{36})/)![1]!;
  await expectNoAxeViolations(partner);

  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, STAFF);
  await expect(staff.getByRole('navigation').getByRole('link', { name: /Moderation \(\d+ waiting\)/ })).toBeVisible();
  await staff.goto('/en/admin/moderation');
  await expect(staff.getByRole('heading', { level: 1, name: 'Moderation' })).toBeVisible();
  await expectNoAxeViolations(staff);
  await staff.goto(`/en/admin/moderation/${submissionId}`);
  await expect(staff.getByText('New summary for the season.')).toBeVisible();
  const diff = staff.getByRole('table', { name: 'The proposal compared with the listing as it is now' });
  await expect(diff.getByRole('row', { name: /Summary/ }).first()).toContainText(summary);
  await expect(diff).toContainText('Rezime an kreyòl (E2E)');
  expect(await staff.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expectNoAxeViolations(staff);
  await staff.getByRole('button', { name: 'Approve and apply' }).click();
  await expect(staff.getByRole('status')).toContainText('Approved and applied');

  // A second approval (an old tab) is explained, not applied.
  await staff.goto(`/en/admin/moderation/${submissionId}`);
  await expect(staff.getByRole('button', { name: 'Approve and apply' })).toHaveCount(0);

  await staff.goto(`/en/admin/services/${serviceId}`);
  await staff.getByRole('link', { name: 'View public page' }).click();
  await expect(staff.getByText(summary).first()).toBeVisible();
  expect(await staff.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

  await partner.goto(proposalUrl);
  await expect(partner.getByText('Approved', { exact: true })).toBeVisible();
  await partner.close();
  await staff.close();
});

test('staff request changes with a note; the partner reads it and can correct the proposal', async ({ browser }) => {
  test.setTimeout(180_000);
  const partner = await (await browser.newContext()).newPage();
  await signIn(partner, PARTNER);
  await partner.goto('/en/admin/proposals/new/service');
  await expectNoAxeViolations(partner);
  const name = `E2E proposed service ${Date.now()}`;
  await partner.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await partner.getByLabel('Web address').fill(`e2e-partner-${Date.now()}`);
  await partner.getByLabel('Summary', { exact: true }).fill('Help with forms');
  await partner.locator('input[name="categoryIds"]').first().check();
  await partner.getByLabel('Phone', { exact: true }).fill('555-010-0123');
  await partner.getByRole('button', { name: 'Send for review' }).click();
  await expect(partner.getByRole('status')).toHaveText('Thank you. Your proposal was sent for review.');
  const submissionId = partner.url().match(/proposals\/([0-9a-f-]{36})/)![1]!;

  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, STAFF);
  await staff.goto(`/en/admin/moderation/${submissionId}`);
  await expect(staff.getByRole('table', { name: 'A new listing: every field is an addition' })).toContainText(name);
  await staff.getByRole('button', { name: 'Request changes' }).click();
  await expect(staff.locator('main').getByRole('alert')).toContainText('Write a note for the partner');
  await staff.getByLabel('Note for the partner').fill('Please add a description.');
  await staff.getByRole('button', { name: 'Request changes' }).click();
  await expect(staff.getByRole('status')).toContainText('Changes requested');

  await partner.reload();
  await expect(partner.getByText('Please add a description.')).toBeVisible();
  await partner.getByLabel('Description', { exact: true }).fill('We help with forms, in several languages.');
  await partner.getByRole('button', { name: 'Send the corrected proposal' }).click();
  await expect(partner.getByRole('status')).toHaveText('Thank you. Your proposal was sent for review.');
  await expect(partner.getByText('Waiting for review')).toBeVisible();
  await partner.close();
  await staff.close();
});

test('the reverify page confirms a listing as still correct', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, PARTNER);
  await page.goto('/en/admin/reverify');
  await expect(page.getByRole('heading', { level: 1, name: 'Confirm your listings' })).toBeVisible();
  await expectNoAxeViolations(page);
  const button = page.getByRole('button', { name: /is still correct$/ }).first();
  const name = (await button.getAttribute('aria-label'))!.replace(/ is still correct$/, '');
  await button.click();
  await expect(page.getByRole('status')).toHaveText(`Thank you. "${name}" is confirmed as correct today.`);
});

test('an invited partner sets a password and lands in the partner dashboard in the invitation’s language', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signIn(page, ADMIN, 'es');
  await page.goto('/es/admin/users');
  const email = `partner-${Date.now()}@demo.welcome-desk.example`;
  await page.getByLabel(es.AccountFields.email).fill(email);
  await page.getByLabel(es.AccountFields.role, { exact: true }).selectOption('partner');
  const org = page.getByLabel(es.AccountFields.organization);
  await org.selectOption({ index: 1 });
  await page.getByRole('button', { name: es.AdminUsers.inviteSubmit }).click();
  await expect(page.locator('main').getByRole('status')).toContainText(email);
  await page.goto('/es/admin/outbox');
  const mail = page.locator('article', { hasText: email }).first();
  const link = (await mail.locator('pre').textContent())!.match(/http\S+invitation\?token=\S+/)![0];
  expect(link).toContain('/es/admin/invitation');

  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(link);
  await invitee.getByLabel(es.AccountFields.name).fill('Pablo Socio');
  await invitee.getByLabel(es.AccountFields.newPassword).fill('a long and unusual passphrase');
  await invitee.getByRole('button', { name: es.AccountInvitation.submit }).click();
  await expect(invitee.locator('main').getByRole('status')).toBeVisible();
  await signIn(invitee, email, 'es', 'a long and unusual passphrase');
  await expect(invitee.getByRole('heading', { name: es.PartnerArea.submissionsTitle })).toBeVisible();
  await expect(invitee.getByRole('link', { name: es.PartnerArea.proposeService })).toBeVisible();
  await expect(invitee.locator('html')).toHaveAttribute('lang', 'es');
  // The same link again: used, so refused.
  await invitee.goto(link);
  await expect(invitee.locator('main').getByRole('alert')).toHaveText(es.AccountErrors.invalidToken);
  await invitee.close();
});
