import { getTranslations, setRequestLocale } from 'next-intl/server';
import Link from 'next/link';
import { requireActor } from '@/lib/auth/session';
import { PartnerDashboard } from '@/components/partners/PartnerDashboard';
import { countStaffTasks } from '@/lib/data/admin/dashboard';
import { countPendingPartnerSubmissions } from '@/lib/data/admin/moderation';

export default async function AdminDashboardPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor('admin', 'staff', 'partner');
  const t = await getTranslations('AdminDashboard');
  const tasks = actor.role === 'partner' ? null : await countStaffTasks(actor);
  const pending = actor.role === 'partner' ? 0 : await countPendingPartnerSubmissions(actor);
  const m = await getTranslations('Moderation');
  const link = 'text-blue-800 underline';
  return (
    <section>
      <h1 className="mb-2 text-2xl font-bold">{t('title')}</h1>
      <p className="mb-2">{t('welcome', { name: actor.name })}</p>
      <p className="mb-4">{actor.role === 'partner' ? t('partnerIntro') : t('staffIntro')}</p>
      {tasks ? (
        // The day's usual starting points, so nobody has to hunt through the menu.
        <>
          <h2 className="mb-2 text-xl font-semibold">{t('tasksTitle')}</h2>
          <ul className="list-disc space-y-1 ps-6">
            <li><Link href={`/${locale}/admin/moderation`} className={link}>{m('tasksPending', { count: pending })}</Link></li>
            <li><Link href={`/${locale}/admin/verification?due=1`} className={link}>{t('tasksDue', { count: tasks.dueForCheck })}</Link></li>
            <li><Link href={`/${locale}/admin/services?status=draft`} className={link}>{t('tasksDrafts', { count: tasks.drafts })}</Link></li>
            <li><Link href={`/${locale}/admin/services/new`} className={link}>{t('tasksNewService')}</Link></li>
            {actor.role === 'admin' ? <li><Link href={`/${locale}/admin/users`} className={link}>{t('tasksInvite')}</Link></li> : null}
          </ul>
        </>
      ) : <PartnerDashboard actor={actor} locale={locale} />}
    </section>
  );
}
