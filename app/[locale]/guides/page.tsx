import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Text } from '@/components/ui/Text';
import { listPublicGuides } from '@/lib/data/guides';
import { getPublicSettings } from '@/lib/data/settings';
import { LocaleLink } from '@/components/ui/LocaleLink';
import { pageLocale } from '@/lib/i18n/page-locale';
import { publicPageMetadata } from '@/lib/seo/alternates';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Guides' });
  return publicPageMetadata(locale, '/guides', { title: t('title') });
}

export default async function GuidesPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const [t, settings, guides] = await Promise.all([getTranslations('Guides'), getPublicSettings(), listPublicGuides(locale)]);
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="text-lg">{t('intro', { city: settings.cityName })}</p>
      {guides.length ? (
        <ul className="space-y-3">
          {guides.map((g) => (
            <li key={g.slug} className="rounded-lg border border-gray-300 bg-white p-4">
              <h2 className="text-xl font-semibold"><LocaleLink href={`/guides/${g.slug}`} className="text-brand-800 underline"><Text value={g.title} /></LocaleLink></h2>
              <Text value={g.summary} as="p" notice />
            </li>
          ))}
        </ul>
      ) : <p>{t('empty')}</p>}
    </div>
  );
}
