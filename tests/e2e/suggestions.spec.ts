import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO_SLUGS } from '../../prisma/seed/directory';
import { expectNoAxeViolations } from './support/axe';

// PRODUCT P7: visitors report problems and suggest services without an account or
// JavaScript, in their language; staff see them oldest first and decide; the reply lands in
// the outbox in the visitor's language and the email address is gone afterwards.
const PASSWORD = process.env.DEMO_PASSWORD || 'welcome-demo-2026';
const run = Date.now().toString(36);

async function reportWithoutJs(browser: Browser, locale: string, slug: string, fields: { problemType: string; message: string; email: string }) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/${locale}/services/${slug}`);
  await page.locator(`a[href="/${locale}/services/${slug}/report"]`).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/services/${slug}/report$`));
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await page.locator(`input[name="problemType"][value="${fields.problemType}"]`).check();
  await page.locator('textarea[name="message"]').fill(fields.message);
  await page.locator('input[name="contactEmail"]').fill(fields.email);
  await page.waitForTimeout(3_200); // people take more than 3 seconds; faster posts are refused
  const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.locator('form button[type="submit"]').click()]);
  expect(response.status()).toBeLessThan(400);
  await expect(page).toHaveURL(new RegExp(`/${locale}/suggest/thanks$`));
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  const heading = await page.getByRole('heading', { level: 1 }).textContent();
  await context.close();
  return heading;
}

async function signInAsStaff(page: Page) {
  await page.goto('/en/admin/sign-in');
  await page.locator('input[name="email"]').fill('liaison@demo.welcome-desk.example');
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/en\/admin$/);
}

test('reports without JavaScript in Spanish and Arabic; staff resolve the oldest; the reply is in the outbox', async ({ browser, page }) => {
  test.setTimeout(180_000);
  const esEmail = `ana-${run}@example.org`;
  expect(await reportWithoutJs(browser, 'es', DEMO_SLUGS.legalService, { problemType: 'wrong_phone', message: `El teléfono cambió ${run}`, email: esEmail })).toBe('Gracias');
  expect(await reportWithoutJs(browser, 'ar', DEMO_SLUGS.eslService, { problemType: 'wrong_hours', message: `تغيّرت المواعيد ${run}`, email: '' })).toBe('شكراً لك');

  await signInAsStaff(page);
  await expect(page.getByRole('navigation').getByRole('link', { name: /Suggestions \(\d+ waiting\)/ })).toBeVisible();
  await page.goto('/en/admin/suggestions?kind=report_problem&status=pending');
  await expectNoAxeViolations(page);
  const links = page.locator('tbody tr a');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  // Oldest first: open each to find ours, in list order.
  const found: string[] = [];
  let spanishHref = '';
  for (const href of hrefs) {
    await page.goto(href!);
    const text = (await page.locator('main').textContent()) ?? '';
    if (!text.includes(run)) continue;
    found.push(text.includes('El teléfono') ? 'es' : 'ar');
    if (text.includes('El teléfono')) spanishHref = href!;
  }
  expect(found).toEqual(['es', 'ar']);
  await page.goto(spanishHref);
  await expect(page.getByText('An email was given')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open in the service editor' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Note').fill(`Corregimos el teléfono ${run}`);
  await page.getByRole('button', { name: 'Resolved' }).click();
  await expect(page.getByRole('status')).toHaveText('Decision saved.');
  await expect(page.getByText('No email given: no reply.')).toBeVisible(); // the address is erased

  await page.goto('/en/admin/outbox');
  const mail = page.locator('article', { hasText: esEmail });
  await expect(mail).toHaveCount(1);
  await expect(mail).toContainText('Su informe de un problema');
  await expect(mail).toContainText(`Corregimos el teléfono ${run}`);
});

test('a suggestion form kept on error: too-fast and invalid email are explained in the visitor’s language', async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/fr');
  await page.locator('footer a[href="/fr/suggest"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Proposer un service');
  await page.locator('input[name="name"]').fill(`Cours du soir ${run}`);
  await page.locator('textarea[name="offers"]').fill('Cours gratuits <b>le soir</b>');
  await page.locator('input[name="contactEmail"]').fill('pas-un-email');
  await page.locator('form button[type="submit"]').click();
  await expect(page.locator('form [role="alert"]')).toContainText('C’était très rapide');
  await expect(page.locator('input[name="name"]')).toHaveValue(`Cours du soir ${run}`);
  await page.waitForTimeout(3_200);
  await page.locator('form button[type="submit"]').click();
  await expect(page.locator('form [role="alert"]')).toContainText('Corrigez les champs');
  await expect(page.locator('input[name="contactEmail"]')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Cela ne ressemble pas à une adresse e-mail')).toBeVisible();
  await expect(page.locator('textarea[name="offers"]')).toHaveValue('Cours gratuits <b>le soir</b>');
  await page.locator('input[name="contactEmail"]').fill('');
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/fr\/suggest\/thanks$/);
  await context.close();
});

// axe runs scripts in the page, so these checks use a normal (JavaScript) browser.
test('the new public pages, with and without errors, pass the WCAG 2.2 AA checks', async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of ['/en/suggest', `/es/services/${DEMO_SLUGS.legalService}/report`, `/ar/services/${DEMO_SLUGS.legalService}/report`, '/fa-AF/suggest/thanks']) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
  await page.goto(`/ar/services/${DEMO_SLUGS.legalService}/report`);
  await page.locator('input[name="problemType"][value="other"]').check();
  await page.locator('input[name="contactEmail"]').fill('x@');
  await page.waitForTimeout(3_200);
  await page.locator('form button[type="submit"]').click();
  await expect(page.locator('form [role="alert"]')).toContainText('يُرجى تصحيح');
  await expect(page.locator('textarea[name="message"]')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
});

test('the zero-results search offers to suggest a service; an unknown service has no report page', async ({ page, request }) => {
  await page.goto('/en/search?q=qqqzzzxxv');
  await page.getByRole('link', { name: 'Know a service we are missing? Suggest it' }).click();
  await expect(page).toHaveURL(/\/en\/suggest$/);
  expect((await request.get('/en/services/no-such-service/report')).status()).toBe(404);
  // Far more than the form needs: refused before it reaches the server action, translated.
  const big = await request.post('/es/suggest', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, data: `message=${'x'.repeat(70_000)}` });
  expect(big.status()).toBe(413);
  expect(await big.text()).toContain('lang="es"');
});
