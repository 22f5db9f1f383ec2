import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireActor } from '@/lib/auth/session';

export default async function AdminDashboardPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor('admin', 'staff', 'partner');
  const t = await getTranslations('AdminDashboard');
  return (
    <section>
      <h1 className="mb-2 text-2xl font-bold">{t('title')}</h1>
      <p className="mb-2">{t('welcome', { name: actor.name })}</p>
      <p>{actor.role === 'partner' ? t('partnerIntro') : t('staffIntro')}</p>
    </section>
  );
}
