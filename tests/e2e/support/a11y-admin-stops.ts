import type { SweepStop } from './a11y-sweep';

// The staff and partner area's page files and how to reach each. `{name}` in a path is a
// demo record's id, looked up in the database by the admin sweep (adminStopIds there).

/** Signed out: signing in, its second step, password reset and invitation. */
export const SIGNED_OUT: SweepStop[] = [
  { file: 'admin/sign-in/page.tsx', path: '/admin/sign-in' },
  // Without a pending sign-in it says the step expired; with one, admin-two-factor.spec.ts checks it.
  { file: 'admin/sign-in/two-factor/page.tsx', path: '/admin/sign-in/two-factor' },
  { file: 'admin/forgot-password/page.tsx', path: '/admin/forgot-password' },
  { file: 'admin/reset-password/page.tsx', path: '/admin/reset-password?token=no-such-token' },
  { file: 'admin/invitation/page.tsx', path: '/admin/invitation?token=no-such-token' },
];

/** Staff and admin: dashboards and lists. */
export const STAFF_LISTS: SweepStop[] = [
  { file: 'admin/page.tsx', path: '/admin' },
  { file: 'admin/services/page.tsx', path: '/admin/services' },
  { file: 'admin/events/page.tsx', path: '/admin/events' },
  { file: 'admin/organizations/page.tsx', path: '/admin/organizations' },
  { file: 'admin/categories/page.tsx', path: '/admin/categories' },
  { file: 'admin/guides/page.tsx', path: '/admin/guides' },
  { file: 'admin/moderation/page.tsx', path: '/admin/moderation' },
  { file: 'admin/suggestions/page.tsx', path: '/admin/suggestions?status=all' },
  { file: 'admin/translations/page.tsx', path: '/admin/translations' },
  { file: 'admin/insights/page.tsx', path: '/admin/insights' },
  { file: 'admin/verification/page.tsx', path: '/admin/verification' },
  { file: 'admin/outbox/page.tsx', path: '/admin/outbox' },
  { file: 'admin/data/page.tsx', path: '/admin/data' },
  { file: 'admin/data/import/page.tsx', path: '/admin/data/import' },
  { file: 'admin/settings/page.tsx', path: '/admin/settings' },
  { file: 'admin/users/page.tsx', path: '/admin/users' },
  { file: 'admin/audit/page.tsx', path: '/admin/audit' },
  { file: 'admin/account/page.tsx', path: '/admin/account' },
];

/** Staff and admin: every editor, new and existing, with history and revisions. */
export const STAFF_EDITORS: SweepStop[] = [
  { file: 'admin/services/new/page.tsx', path: '/admin/services/new' },
  { file: 'admin/services/[id]/page.tsx', path: '/admin/services/{service}' },
  { file: 'admin/services/[id]/history/page.tsx', path: '/admin/services/{service}/history' },
  { file: 'admin/services/[id]/places/new/page.tsx', path: '/admin/services/{service}/places/new' },
  { file: 'admin/services/[id]/places/[locationId]/page.tsx', path: '/admin/services/{service}/places/{location}' },
  { file: 'admin/events/new/page.tsx', path: '/admin/events/new' },
  { file: 'admin/events/[id]/page.tsx', path: '/admin/events/{event}' },
  { file: 'admin/events/[id]/history/page.tsx', path: '/admin/events/{event}/history' },
  { file: 'admin/organizations/new/page.tsx', path: '/admin/organizations/new' },
  { file: 'admin/organizations/[id]/page.tsx', path: '/admin/organizations/{organization}' },
  { file: 'admin/categories/new/page.tsx', path: '/admin/categories/new' },
  { file: 'admin/categories/[id]/page.tsx', path: '/admin/categories/{category}' },
  { file: 'admin/guides/new/page.tsx', path: '/admin/guides/new' },
  { file: 'admin/guides/[id]/page.tsx', path: '/admin/guides/{guide}' },
  { file: 'admin/revisions/[type]/[id]/page.tsx', path: '/admin/revisions/organization/{organization}' },
  { file: 'admin/revisions/[type]/[id]/page.tsx', path: '/admin/revisions/settings/1' },
];

/** Staff and admin: reviewing partner proposals and public suggestions. */
export const STAFF_REVIEW: SweepStop[] = [
  { file: 'admin/moderation/[id]/page.tsx', path: '/admin/moderation/{proposal}' },
  { file: 'admin/suggestions/[id]/page.tsx', path: '/admin/suggestions/{suggestion}' },
  { file: 'admin/suggestions/[id]/draft/page.tsx', path: '/admin/suggestions/{suggestion}/draft' },
];

/** A partner: their dashboard, proposals (new and edit), reverification and account. */
export const PARTNER: SweepStop[] = [
  { file: 'admin/page.tsx', path: '/admin' },
  { file: 'admin/reverify/page.tsx', path: '/admin/reverify' },
  { file: 'admin/proposals/[id]/page.tsx', path: '/admin/proposals/{proposal}' },
  { file: 'admin/proposals/new/[type]/page.tsx', path: '/admin/proposals/new/service' },
  { file: 'admin/proposals/new/[type]/page.tsx', path: '/admin/proposals/new/event' },
  { file: 'admin/proposals/edit/[type]/[id]/page.tsx', path: '/admin/proposals/edit/service/{partnerService}' },
  { file: 'admin/account/page.tsx', path: '/admin/account' },
];

export const ADMIN_STOP_FILES = [...SIGNED_OUT, ...STAFF_LISTS, ...STAFF_EDITORS, ...STAFF_REVIEW, ...PARTNER].map((s) => s.file);

/** Fills in `{name}` placeholders; an unknown one is an error in the list above. */
export function withIds(stops: SweepStop[], ids: Record<string, string>): SweepStop[] {
  return stops.map((stop) => ({
    ...stop,
    path: stop.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (!ids[name]) throw new Error(`No id for {${name}} in ${stop.path}`);
      return ids[name];
    }),
  }));
}
