import { getTranslations } from 'next-intl/server';
import { MessagePage } from '@/components/layout/MessagePage';
import { pageLocale } from '@/lib/i18n/page-locale';

// The proxy rewrites malformed requests here with status 400.
export default async function BadRequestPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const t = await getTranslations('Errors');
  return <MessagePage title={t('badRequestTitle')} text={t('badRequestText')} />;
}
