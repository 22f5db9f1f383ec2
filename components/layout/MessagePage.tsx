import { getTranslations } from 'next-intl/server';
import { LocaleLink } from '@/components/ui/LocaleLink';

/** The body of the 404 and 400 pages: a title, a sentence, and the way home. */
export async function MessagePage({ title, text }: { title: string; text: string }) {
  const t = await getTranslations('Errors');
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{title}</h1>
      <p>{text}</p>
      <p><LocaleLink href="/" className="underline">{t('goHome')}</LocaleLink></p>
    </div>
  );
}
