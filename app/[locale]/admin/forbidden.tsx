import { getTranslations } from 'next-intl/server';
import { LocaleLink } from '@/components/ui/LocaleLink';

/**
 * What forbidden() renders (lib/auth/session.ts requireActor, with experimental.authInterrupts):
 * a signed-in person whose role may not see the page gets this, with HTTP 403, inside the
 * staff area's frame so that the menu shows where they can go instead.
 */
export default async function AdminForbidden() {
  const t = await getTranslations('AdminShell');
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('forbiddenTitle')}</h1>
      <p>{t('forbiddenBody')}</p>
      <p><LocaleLink href="/admin" className="text-blue-800 underline">{t('forbiddenBack')}</LocaleLink></p>
    </div>
  );
}
