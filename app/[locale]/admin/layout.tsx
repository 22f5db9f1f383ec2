import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { AdminNavLinks } from '@/components/admin/AdminNavLinks';
import { navItemsFor, type AdminNavItem } from '@/components/admin/nav-items';
import { countPendingPartnerSubmissions } from '@/lib/data/admin/moderation';
import { getCurrentActor } from '@/lib/auth/session';
import { isStaff } from '@/lib/auth/actor';
import { countPendingSuggestions } from '@/lib/data/admin/suggestions';
import { signOutAction } from './actions';

// same-origin, not the public pages' no-referrer: see lib/http/security-headers.ts (staff forms).
export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: 'same-origin' };

/**
 * The staff area's frame: menu for the actor's role and sign-out. Signed-out visitors get
 * the bare page, for sign-in, password reset and invitations; every other admin page
 * calls requireActor() itself (a layout is not an access check).
 */
export default async function AdminLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await getCurrentActor();
  if (!actor) return <div className="py-4">{children}</div>;
  const staff = isStaff(actor);
  const [t, nav, suggestions, moderationNav, pendingSuggestions, pendingProposals] = await Promise.all([
    getTranslations('AdminShell'), getTranslations('AdminNav'), getTranslations('SuggestionsAdmin'), getTranslations('ModerationNav'),
    staff ? countPendingSuggestions(actor) : 0, staff ? countPendingPartnerSubmissions(actor) : 0,
  ]);
  // Review entries carry the number of items waiting (staff).
  const label = (item: AdminNavItem) =>
    item.namespace === 'SuggestionsAdmin' ? suggestions('navLabel', { count: pendingSuggestions })
      : item.namespace === 'ModerationNav' ? moderationNav(item.label as 'moderation', { count: pendingProposals })
        : nav(item.label as 'dashboard');
  const items = navItemsFor(actor.role).map((item) => ({ href: `/${locale}${item.href}`, label: label(item) }));
  return (
    <div>
      <div className="mb-6 border-b border-gray-300 pb-4">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
          <p className="font-semibold">{t('title')}</p>
          <div className="flex flex-wrap items-center gap-3">
            <span className="text-sm">{t('signedInAs', { name: actor.name })}</span>
            <form action={signOutAction}>
              <input type="hidden" name="locale" value={locale} />
              <button type="submit" className="rounded border border-gray-600 px-3 py-1 text-sm focus:outline-2 focus:outline-offset-2 focus:outline-blue-700">
                {t('signOut')}
              </button>
            </form>
          </div>
        </div>
        <nav aria-label={t('navLabel')}>
          <AdminNavLinks items={items} />
        </nav>
      </div>
      {children}
    </div>
  );
}
