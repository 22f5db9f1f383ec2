import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '../../lib/auth/actor';
import { createTestUser, deleteTestUsers } from './support/accounts';
import { testDb } from './support/db';
import { signInAs } from './support/fake-request';

// Every editor server action is a public POST endpoint, whatever the UI shows: called as the
// wrong role it must refuse (403) before touching anything, and signed out it must send to
// sign-in. Same fake request as accounts-guards.test.ts: a cookie jar, and redirect() /
// forbidden() / notFound() as recognizable throws.
vi.mock('next/headers', async () => (await import('./support/fake-request')).fakeHeaders);
vi.mock('next/navigation', async () => (await import('./support/fake-request')).fakeNavigation);
vi.mock('next/cache', async () => (await import('./support/fake-request')).fakeCache);
vi.mock('next-intl/server', async () => (await import('./support/fake-request')).fakeIntlServer);

const db = testDb();
let admin: Actor, staff: Actor, partner: Actor;
let ids: { service: string; serviceVersion: number; organization: string; guide: string; category: string; location: string; revision: string; invitation: string };
beforeAll(async () => {
  const org = await db.organization.findFirstOrThrow({ where: { locations: { some: { services: { some: {} } } } }, include: { locations: { include: { services: true }, take: 1 } } });
  const sal = org.locations[0]!.services[0]!;
  const service = await db.service.findUniqueOrThrow({ where: { id: sal.serviceId } });
  admin = (await createTestUser('admin')).actor;
  staff = (await createTestUser('staff')).actor;
  partner = (await createTestUser('partner', { organizationId: org.id })).actor;
  const revision = await db.revision.create({ data: { entityType: 'organization', entityId: org.id, version: 999, snapshot: { name: 'hacked' }, action: 'update' } });
  const invitation = await db.invitation.create({ data: { email: `guard-${Date.now()}@test.welcome-desk.example`, role: 'staff', tokenHash: `guard-${Date.now()}`, expiresAt: new Date(Date.now() + 86_400_000) } });
  ids = {
    service: service.id, serviceVersion: service.version, organization: org.id, guide: (await db.guide.findFirstOrThrow()).id,
    category: (await db.category.findFirstOrThrow()).id, location: sal.locationId, revision: revision.id, invitation: invitation.id,
  };
});
afterAll(async () => {
  await db.revision.deleteMany({ where: { id: ids.revision } });
  await db.invitation.deleteMany({ where: { id: ids.invitation } });
  await db.$disconnect();
  await deleteTestUsers();
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries({ locale: 'en', ...fields })) data.set(k, v);
  return data;
};

type Call = [name: string, roles: ('staff' | 'partner')[], run: () => Promise<unknown>];

async function calls(): Promise<Call[]> {
  const services = await import('../../app/[locale]/admin/services/actions');
  const places = await import('../../app/[locale]/admin/services/places-actions');
  const orgs = await import('../../app/[locale]/admin/organizations/actions');
  const guides = await import('../../app/[locale]/admin/guides/actions');
  const categories = await import('../../app/[locale]/admin/categories/actions');
  const settings = await import('../../app/[locale]/admin/settings/actions');
  const revisions = await import('../../app/[locale]/admin/revisions/actions');
  const translations = await import('../../app/[locale]/admin/translations/actions');
  const users = await import('../../app/[locale]/admin/users/actions');
  const s = { ok: true, fieldErrors: {}, values: null, version: 1 } as never;
  const v = String(ids.serviceVersion);
  return [
    ['saveServiceAction', ['partner'], () => services.saveServiceAction(s, form({ id: ids.service, version: v, name: 'hacked' }))],
    ['setServiceStatusAction', ['partner'], () => services.setServiceStatusAction(form({ id: ids.service, version: v, status: 'archived' }))],
    ['markTranslationReviewedAction', ['partner'], () => services.markTranslationReviewedAction(form({ id: ids.service, version: v, field: 'name', translationLocale: 'es' }))],
    ['restoreServiceRevisionAction', ['partner'], () => services.restoreServiceRevisionAction(form({ id: ids.service, revisionId: ids.revision, version: v }))],
    ['verifyServiceAction', ['partner'], () => services.verifyServiceAction(form({ id: ids.service, back: 'editor' }))],
    ['savePlaceAction', ['partner'], () => places.savePlaceAction(s, form({ serviceId: ids.service, serviceVersion: v, locationId: ids.location, version: '1', name: 'hacked', address1: 'x' }))],
    ['removePlaceAction', ['partner'], () => places.removePlaceAction(form({ serviceId: ids.service, version: v, locationId: ids.location }))],
    ['saveOrganizationAction', ['partner'], () => orgs.saveOrganizationAction(s, form({ id: ids.organization, version: '1', name: 'hacked', slug: 'hacked', status: 'published' }))],
    ['saveGuideAction', ['partner'], () => guides.saveGuideAction(s, form({ id: ids.guide, version: '1', title: 'hacked', slug: 'hacked', body: 'x', status: 'published' }))],
    ['saveCategoryAction', ['partner'], () => categories.saveCategoryAction(s, form({ id: ids.category, version: '1', name: 'hacked', plainLabel: 'x', sortOrder: '0' }))],
    ['saveCategoryAction (new)', ['partner'], () => categories.saveCategoryAction(s, form({ name: 'hacked', plainLabel: 'x', sortOrder: '0', slug: 'hacked-category' }))],
    ['restoreRevisionAction', ['partner'], () => revisions.restoreRevisionAction(form({ kind: 'organization', id: ids.organization, revisionId: ids.revision, version: '1' }))],
    ['markEntityTranslationReviewedAction', ['partner'], () => translations.markEntityTranslationReviewedAction(form({ kind: 'category', id: ids.category, version: '1', field: 'name', translationLocale: 'es' }))],
    ['saveSettingsAction', ['staff', 'partner'], () => settings.saveSettingsAction(s, form({ cityName: 'hacked' }))],
    ['invitationCommandAction (revoke)', ['staff', 'partner'], () => users.invitationCommandAction(form({ command: 'revoke', invitationId: ids.invitation }))],
    ['invitationCommandAction (resend)', ['staff', 'partner'], () => users.invitationCommandAction(form({ command: 'resend', invitationId: ids.invitation }))],
  ];
}

async function fingerprint() {
  const [service, org, guide, category, location, settings, invitation] = await Promise.all([
    db.service.findUniqueOrThrow({ where: { id: ids.service }, select: { version: true, status: true, name: true } }),
    db.organization.findUniqueOrThrow({ where: { id: ids.organization }, select: { version: true, name: true } }),
    db.guide.findUniqueOrThrow({ where: { id: ids.guide }, select: { version: true, title: true } }),
    db.category.findUniqueOrThrow({ where: { id: ids.category }, select: { version: true, name: true } }),
    db.location.findUniqueOrThrow({ where: { id: ids.location }, select: { version: true, name: true } }),
    db.settings.findFirst({ select: { cityName: true } }),
    db.invitation.findUniqueOrThrow({ where: { id: ids.invitation }, select: { revokedAt: true, tokenHash: true } }),
  ]);
  return { service, org, guide, category, location, settings, invitation, categories: await db.category.count({ where: { slug: 'hacked-category' } }) };
}

describe('editor server actions refuse the wrong role and the signed-out', () => {
  it('the wrong role gets 403 from every action, and nothing changes', async () => {
    const before = await fingerprint();
    for (const [name, roles, run] of await calls()) {
      for (const role of roles) {
        await signInAs(role === 'staff' ? staff : partner);
        await expect(run(), `${name} as ${role}`).rejects.toThrow('FORBIDDEN');
      }
    }
    expect(await fingerprint()).toEqual(before);
  });

  it('signed out, every action sends to the sign-in page, and nothing changes', async () => {
    const before = await fingerprint();
    await signInAs(null);
    for (const [name, , run] of await calls()) await expect(run(), name).rejects.toThrow('REDIRECT /en/admin/sign-in');
    expect(await fingerprint()).toEqual(before);
  });

  it('the dashboard task counts are for staff only', async () => {
    const { countStaffTasks } = await import('../../lib/data/admin/dashboard');
    const { ForbiddenError } = await import('../../lib/auth/actor');
    for (const actor of [partner, null]) await expect(countStaffTasks(actor)).rejects.toBeInstanceOf(ForbiddenError);
    const counts = await countStaffTasks(staff);
    expect(counts.drafts).toBe(await db.service.count({ where: { status: 'draft' } }));
  });

  it('the right role gets through (the guard is not refusing everyone)', async () => {
    const { invitationCommandAction } = await import('../../app/[locale]/admin/users/actions');
    await signInAs(admin);
    await expect(invitationCommandAction(form({ command: 'revoke', invitationId: ids.invitation }))).rejects.toThrow('REDIRECT /en/admin/users?done=revoked');
    const { markEntityTranslationReviewedAction } = await import('../../app/[locale]/admin/translations/actions');
    await signInAs(staff);
    // A tampered form is a 404 for staff, never a 500.
    await expect(markEntityTranslationReviewedAction(form({ kind: 'planet', id: 'x' }))).rejects.toThrow('NOT_FOUND');
  });
});
