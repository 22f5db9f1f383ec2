import { randomUUID } from 'node:crypto';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { createPrismaClient } from '../../lib/db-client';

// Issue 10.5: the whole visitor path and the staff editor with the keyboard alone (Tab,
// Shift+Tab, Enter, Space, typing). Every stop checks that the focused element shows a
// focus indicator; the names passed on the way are kept to check the order, and a bounded
// number of presses proves there is no trap.
const expect = baseExpect.configure({ timeout: 15_000 });
const PASSWORD = process.env.DEMO_PASSWORD || 'welcome-demo-2026';
const STAFF = 'liaison@demo.welcome-desk.example';

type Focused = { tag: string; name: string; id: string; type: string; href: string; visible: boolean };

/** What has focus, its accessible-ish name, and whether a focus indicator is drawn. */
async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', name: '', id: '', type: '', href: '', visible: false };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
    const ring = style.boxShadow !== 'none' && style.boxShadow !== '';
    // Date and time fields: Chromium moves focus into the field's day/month/year parts and
    // highlights the part being edited, which is the focus indicator there.
    // (Its calendar button is focused inside the field: the host no longer matches :focus.)
    const segmented = el instanceof HTMLInputElement && ['date', 'time', 'datetime-local', 'month', 'week'].includes(el.type);
    const box = el.getBoundingClientRect();
    const labelled = el.getAttribute('aria-label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ?? el.closest('label')?.textContent;
    return {
      tag: el.tagName.toLowerCase(),
      name: (labelled ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80),
      id: el.id,
      type: el.getAttribute('type') ?? '',
      href: el.getAttribute('href') ?? '',
      // Drawn (outline or ring), only for keyboard focus, on an element with a size.
      visible: (segmented || (el.matches(':focus-visible') && (outline || ring))) && box.width > 0 && box.height > 0,
    };
  });
}

/**
 * Presses `key` until the focused element matches, at most `max` times; every element on the
 * way must show its focus. Returns the names passed, in order. Not reaching it is a trap or
 * a missing control: the test fails with the path taken.
 */
async function tabTo(page: Page, want: (f: Focused) => boolean, what: string, { key = 'Tab', max = 60 } = {}): Promise<string[]> {
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    path.push(f.name || f.id || f.tag);
    // Past the last control focus leaves the page for the browser's own controls (body): the
    // next Tab comes back to the skip link. That is the way round, not a trap.
    if (f.tag === 'body') continue;
    expect(f.visible, `focus is visible on "${f.name || f.tag}" (on the way to ${what}; focus went: ${path.join(' → ')})`).toBe(true);
    if (want(f)) return path;
  }
  throw new Error(`${what} not reached in ${max} presses of ${key}; focus went: ${path.join(' → ')}`);
}

test('a visitor searches, filters, opens a result and reaches its call, save, print and share controls with the keyboard alone', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/en', { waitUntil: 'load' });

  // The first Tab lands on the skip link, which is then visible; Enter moves into main.
  await tabTo(page, (f) => f.href === '#main', 'the skip link', { max: 1 });
  const skip = page.locator('a[href="#main"]');
  expect((await skip.boundingBox())!.width).toBeGreaterThan(10);
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // From main, the search box comes before anything else on the page.
  const toSearch = await tabTo(page, (f) => f.id === 'q', 'the search box', { max: 3 });
  expect(toSearch.length, `focus went ${toSearch.join(' → ')}`).toBe(1);
  await page.keyboard.type('english');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\?q=english$/);
  await page.waitForLoadState('load');

  // A filter: with words searched the filters are folded away (results first): Tab to
  // "Filters", Enter opens them; Tab to "Free", Space ticks it, Tab on to apply, Enter.
  await tabTo(page, (f) => f.tag === 'summary' && /Filters/.test(f.name), 'the Filters disclosure', { max: 20 });
  await page.keyboard.press('Enter');
  await expect(page.locator('details:has(#filters-title)')).toHaveAttribute('open', '');
  await tabTo(page, (f) => f.tag === 'input' && f.type === 'checkbox' && /free/i.test(f.name), 'the Free filter', { max: 80 });
  await page.keyboard.press('Space');
  await expect(page.locator('input[name="free"]')).toBeChecked();
  // Shift+Tab goes back the way it came: to the control before, and Tab returns to Free.
  const before = await focused(page);
  await page.keyboard.press('Shift+Tab');
  expect((await focused(page)).name).not.toBe(before.name);
  await tabTo(page, (f) => f.name === before.name, 'the Free filter again', { max: 1 });
  await tabTo(page, (f) => f.tag === 'button' && f.type === 'submit' && /apply/i.test(f.name), 'the apply-filters button', { max: 20 });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]free=1/);
  await expect(page).toHaveURL(/[?&]q=english/);
  await page.waitForLoadState('load');

  // Open the first result.
  await tabTo(page, (f) => f.tag === 'a' && /^\/en\/services\/[a-z0-9-]+$/.test(f.href), 'the first result', { max: 100 });
  const service = (await focused(page)).href;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${service}$`));
  await page.waitForLoadState('load');
  await expect(page.locator('main h1')).toBeVisible();

  // On the service page: save (and it says so), call, print, then the share links. In page order.
  const order: string[] = [];
  const visit = async (want: (f: Focused) => boolean, what: string) => {
    await tabTo(page, want, what, { max: 60 });
    order.push(what);
  };
  await visit((f) => f.tag === 'button' && /^Save to my list/.test(f.name), 'save');
  await page.keyboard.press('Enter');
  await expect(page.locator('button', { hasText: /^Remove/ }).first()).toBeFocused();
  await visit((f) => f.href.startsWith('tel:'), 'call');
  await visit((f) => f.tag === 'button' && /^Print/.test(f.name), 'print');
  await visit((f) => f.href.startsWith('sms:'), 'share by text message');
  await visit((f) => f.href.startsWith('https://wa.me/'), 'share on WhatsApp');
  expect(order).toEqual(['save', 'call', 'print', 'share by text message', 'share on WhatsApp']);
  // And past the end of the page focus goes on (footer, then back to the top): no trap.
  await tabTo(page, (f) => f.href === '#main', 'the skip link again, round the page', { max: 80 });
});

test('staff sign in, open a service in the editor, change it and save with the keyboard alone', async ({ page }) => {
  test.setTimeout(90_000);
  // A draft of its own, so the demo listings other tests read stay as they are.
  const db = createPrismaClient(process.env.DATABASE_URL!);
  const name = `Keyboard clinic ${randomUUID().slice(0, 8)}`;
  try {
    const [organization, category] = await Promise.all([
      db.organization.findFirstOrThrow({ where: { status: 'published' }, orderBy: { slug: 'asc' }, select: { id: true } }),
      db.category.findUniqueOrThrow({ where: { slug: 'english-classes' }, select: { id: true } }),
    ]);
    await db.service.create({
      data: {
        slug: `keyboard-${randomUUID()}`, organizationId: organization.id, name, summary: 'Help with forms', description: 'We help with forms.', phone: '555-010-0123',
        categories: { create: { categoryId: category.id, isPrimary: true } },
      },
    });
  } finally {
    await db.$disconnect();
  }

  await page.goto('/en/admin/sign-in', { waitUntil: 'load' });
  await tabTo(page, (f) => f.tag === 'input' && f.type === 'email', 'the email field', { max: 30 });
  await page.keyboard.type(STAFF);
  await tabTo(page, (f) => f.tag === 'input' && f.type === 'password', 'the password field', { max: 1 });
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/admin$/);
  await page.waitForLoadState('load');

  // The staff navigation: "Services", then the list's search, then the listing.
  await tabTo(page, (f) => f.tag === 'a' && /\/en\/admin\/services$/.test(f.href), 'the Services link', { max: 40 });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/admin\/services$/);
  await page.waitForLoadState('load');
  await tabTo(page, (f) => f.id === 'q', 'the services search box', { max: 40 });
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/admin\/services\?q=/);
  await page.waitForLoadState('load');
  await tabTo(page, (f) => f.tag === 'a' && f.name === name, 'the service in the list', { max: 40 });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/admin\/services\/[0-9a-f-]{36}$/);
  await page.waitForLoadState('load');

  // Change the summary: select what is there, type over it; then on to "Save changes".
  await tabTo(page, (f) => f.tag === 'textarea' && /^Summary/.test(f.name) || (f.tag === 'input' && /^Summary/.test(f.name)), 'the Summary field', { max: 60 });
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Help with forms, by keyboard');
  await tabTo(page, (f) => f.tag === 'button' && f.name === 'Save changes', 'the save button', { max: 200 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(page.getByLabel('Summary')).toHaveValue('Help with forms, by keyboard');
});
