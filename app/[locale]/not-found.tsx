import { getTranslations } from 'next-intl/server';
import { MessagePage } from '@/components/layout/MessagePage';

export default async function NotFound() {
  const t = await getTranslations('Errors');
  return <MessagePage title={t('notFoundTitle')} text={t('notFoundText')} />;
}
