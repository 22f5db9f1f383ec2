import { getTranslations } from 'next-intl/server';
import { LocaleLink } from '@/components/ui/LocaleLink';

export default async function NotFound() {
  const t = await getTranslations('Errors');
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t('notFoundTitle')}</h1>
      <p>{t('notFoundText')}</p>
      <p><LocaleLink href="/" className="underline">{t('goHome')}</LocaleLink></p>
    </div>
  );
}
