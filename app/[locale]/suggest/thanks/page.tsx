import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LocaleLink } from '@/components/ui/LocaleLink';
import { pageLocale } from '@/lib/i18n/page-locale';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'SuggestThanks' });
  return { title: t('title'), robots: { index: false } };
}

/** After a suggestion or report: nothing about it is in the address, so the page is the same for everyone. */
export default async function SuggestThanksPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const t = await getTranslations('SuggestThanks');
  return (
    <article className="max-w-prose space-y-4 text-lg">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p role="status">{t('body')}</p>
      <p>{t('emailNote')}</p>
      <p><LocaleLink href="/" className="font-semibold underline">{t('home')}</LocaleLink></p>
    </article>
  );
}
