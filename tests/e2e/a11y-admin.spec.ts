import { randomUUID } from 'node:crypto';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { DEMO_SLUGS } from '../../prisma/seed/directory';
import { createPrismaClient } from '../../lib/db-client';
import { PARTNER, SIGNED_OUT, STAFF_EDITORS, STAFF_LISTS, STAFF_REVIEW, withIds } from './support/a11y-admin-stops';
import { axeViolations } from './support/axe';
import { sweep, sweepTimeout, SWEEP_LOCALES } from './support/a11y-sweep';

// Issue 10.5: axe (WCAG 2.2 A and AA) finds nothing on any page of the staff and partner
// area, signed out, as the admin and as a partner, in en, ar and es. The page list is in
// support/a11y-admin-stops.ts; a11y-public.spec.ts checks it names every page file.
// Sign-in and server actions on a shared, busy machine: allow them time.
const expect = baseExpect.configure({ timeout: 30_000 });
const PASSWORD = process.env.DEMO_PASSWORD || 'welcome-demo-2026';
const ADMIN = 'admin@demo.welcome-desk.example';
const PARTNER_EMAIL = 'partner@demo.welcome-desk.example';

async function signIn(page: Page, email: string, locale: string) {
  await page.goto(`/${locale}/admin/sign-in`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/admin$`));
}

/** Ids of demo records for the `{name}` placeholders, plus one public suggestion to review. */
async function adminStopIds(): Promise<Record<string, string>> {
  const db = createPrismaClient(process.env.DATABASE_URL!);
  try {
    const service = await db.service.findUniqueOrThrow({ where: { slug: DEMO_SLUGS.eslService }, select: { id: true, locations: { select: { locationId: true }, take: 1 } } });
    const [event, organization, category, guide, partner] = await Promise.all([
      db.event.findUniqueOrThrow({ where: { slug: DEMO_SLUGS.event }, select: { id: true } }),
      db.organization.findUniqueOrThrow({ where: { slug: DEMO_SLUGS.organization }, select: { id: true } }),
      db.category.findUniqueOrThrow({ where: { slug: 'legal-immigration' }, select: { id: true } }),
      db.guide.findUniqueOrThrow({ where: { slug: 'getting-an-id' }, select: { id: true } }),
      db.user.findUniqueOrThrow({ where: { email: PARTNER_EMAIL }, select: { organizationId: true } }),
    ]);
    const [proposal, partnerService] = await Promise.all([
      db.submission.findUniqueOrThrow({ where: { idempotencyKey: 'demo-submission-new' }, select: { id: true } }),
      db.service.findFirstOrThrow({ where: { organizationId: partner.organizationId!, status: 'published' }, select: { id: true }, orderBy: { slug: 'asc' } }),
    ]);
    // Demo data has no public suggestion: add one, as the public form would.
    const suggestion = await db.submission.create({
      data: {
        kind: 'suggest_service', source: 'public', locale: 'es', idempotencyKey: `a11y-${randomUUID()}`,
        payload: { name: 'Clases de costura (a11y)', offers: 'Clases gratis de costura los sábados.', phone: '555-010-0199', website: '', organization: '', category: 'english-classes' },
      },
      select: { id: true },
    });
    return {
      service: service.id, location: service.locations[0]!.locationId, event: event.id, organization: organization.id,
      category: category.id, guide: guide.id, proposal: proposal.id, partnerService: partnerService.id, suggestion: suggestion.id,
    };
  } finally {
    await db.$disconnect();
  }
}

let ids: Record<string, string>;
test.beforeAll(async () => {
  test.setTimeout(60_000);
  // The database client gives up connecting after 2 s (fail fast, for the app); on a busy
  // shared machine that can happen here, before any page is checked: try again.
  for (let attempt = 1; ; attempt++) {
    try {
      ids = await adminStopIds();
      return;
    } catch (error) {
      if (attempt === 3 || !String(error).includes('timeout exceeded when trying to connect')) throw error;
    }
  }
});

for (const locale of SWEEP_LOCALES) {
  test(`axe finds nothing on the signed-out pages (sign-in, reset, invitation) in ${locale}`, async ({ page }) => {
    test.setTimeout(sweepTimeout(SIGNED_OUT));
    await sweep(page, locale, SIGNED_OUT);
  });

  test(`axe finds nothing on the staff dashboards and lists in ${locale}`, async ({ page }) => {
    test.setTimeout(sweepTimeout(STAFF_LISTS));
    await signIn(page, ADMIN, locale);
    await sweep(page, locale, STAFF_LISTS);
  });

  test(`axe finds nothing on the staff editors, history and review pages in ${locale}`, async ({ page }) => {
    test.setTimeout(sweepTimeout([...STAFF_EDITORS, ...STAFF_REVIEW]));
    await signIn(page, ADMIN, locale);
    await sweep(page, locale, withIds([...STAFF_EDITORS, ...STAFF_REVIEW], ids));
  });

  test(`axe finds nothing on the partner area in ${locale}`, async ({ page }) => {
    test.setTimeout(sweepTimeout(PARTNER));
    await signIn(page, PARTNER_EMAIL, locale);
    await sweep(page, locale, withIds(PARTNER, ids));
  });

  test(`axe finds nothing on an editor and the sign-in form shown again with errors in ${locale}`, async ({ page }) => {
    test.setTimeout(120_000);
    // A wrong email format is refused before any password check (no lockout, nothing counted).
    await page.goto(`/${locale}/admin/forgot-password`);
    await page.locator('input[name="email"]').fill('not an email');
    await page.locator('form button[type="submit"]').click();
    await expect(page.locator('input[name="email"][aria-invalid="true"]')).toBeVisible();
    const problems = (await axeViolations(page)).map((v) => `forgot-password: ${v}`);

    await signIn(page, ADMIN, locale);
    // An empty new service: refused field by field, nothing created.
    await page.goto(`/${locale}/admin/services/new`);
    await page.locator('form[novalidate] button[type="submit"]').first().click();
    await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/${locale}/admin/services/new$`));
    problems.push(...(await axeViolations(page)).map((v) => `services/new: ${v}`));
    expect(problems).toEqual([]);
  });
}
