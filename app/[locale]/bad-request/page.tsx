import { getTranslations } from 'next-intl/server';
import { LocaleLink } from '@/components/ui/LocaleLink';
import { pageLocale } from '@/lib/i18n/page-locale';

// The proxy rewrites malformed requests here with status 400.
export default async function BadRequestPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const t = await getTranslations('Errors');
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t('badRequestTitle')}</h1>
      <p>{t('badRequestText')}</p>
      <p><LocaleLink href="/" className="underline">{t('goHome')}</LocaleLink></p>
    </div>
  );
}
