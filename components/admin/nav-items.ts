import type { Role } from '@/lib/auth/actor';

// The admin navigation. Features add their entry here; `label` is a key in the
// "AdminNav" namespace (messages/accounts/<locale>.json), `href` is relative to /<locale>.
// An item may take its label from a feature's own message bundle (its namespace); the label
// then receives {count}, e.g. items waiting for review.
export type AdminNavItem = { href: string; label: string; roles: readonly Role[]; namespace?: 'SuggestionsAdmin' | 'ModerationNav' };

const STAFF = ['admin', 'staff'] as const;

export const adminNavItems: AdminNavItem[] = [
  { href: '/admin', label: 'dashboard', roles: ['admin', 'staff', 'partner'] },
  { href: '/admin/moderation', label: 'moderation', roles: STAFF, namespace: 'ModerationNav' },
  { href: '/admin/suggestions', label: 'navLabel', roles: STAFF, namespace: 'SuggestionsAdmin' },
  { href: '/admin/reverify', label: 'reverify', roles: ['partner'], namespace: 'ModerationNav' },
  { href: '/admin/proposals/new/service', label: 'newService', roles: ['partner'], namespace: 'ModerationNav' },
  { href: '/admin/proposals/new/event', label: 'newEvent', roles: ['partner'], namespace: 'ModerationNav' },
  { href: '/admin/services', label: 'services', roles: STAFF },
  { href: '/admin/events', label: 'events', roles: STAFF },
  { href: '/admin/organizations', label: 'organizations', roles: STAFF },
  { href: '/admin/categories', label: 'categories', roles: STAFF },
  { href: '/admin/guides', label: 'guides', roles: STAFF },
  { href: '/admin/verification', label: 'verification', roles: STAFF },
  { href: '/admin/translations', label: 'translations', roles: STAFF },
  { href: '/admin/insights', label: 'insights', roles: STAFF },
  { href: '/admin/data', label: 'data', roles: STAFF },
  { href: '/admin/settings', label: 'settings', roles: ['admin'] },
  { href: '/admin/users', label: 'users', roles: ['admin'] },
  { href: '/admin/audit', label: 'audit', roles: ['admin'] },
  { href: '/admin/outbox', label: 'outbox', roles: STAFF },
  { href: '/admin/account', label: 'account', roles: ['admin', 'staff', 'partner'] },
];

export const navItemsFor = (role: Role) => adminNavItems.filter((item) => item.roles.includes(role));
