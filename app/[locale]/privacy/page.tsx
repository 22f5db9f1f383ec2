import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PhoneLink } from '@/components/ui/PhoneLink';
import { getPublicSettings } from '@/lib/data/settings';
import { pageLocale } from '@/lib/i18n/page-locale';
import { publicPageMetadata } from '@/lib/seo/alternates';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Privacy' });
  return publicPageMetadata(locale, '/privacy', { title: t('title') });
}

// PRODUCT P8: every sentence here must stay true of what the code does (messages/trust,
// namespace Privacy; docs/decisions/008-trust-and-privacy.md lists where each is enforced).
export default async function PrivacyPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const [t, settings] = await Promise.all([getTranslations('Privacy'), getPublicSettings()]);
  return (
    <article className="max-w-prose space-y-6 text-lg">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p>{t('intro')}</p>
      <section className="space-y-2">
        <h2 className="text-2xl font-bold">{t('collectHeading')}</h2>
        <ul className="list-disc space-y-1 ps-6">
          <li>{t('noTracking')}</li>
          <li>{t('noThirdParties')}</li>
          <li>{t('noIp')}</li>
          <li>{t('noSearchHistory')}</li>
          <li>{t('noCookies')}</li>
        </ul>
      </section>
      <section className="space-y-2">
        <h2 className="text-2xl font-bold">{t('collectWhatHeading')}</h2>
        <p>{t('aggregates')}</p>
        <p>{t('myList')}</p>
        <p>{t('limits')}</p>
        <p>{t('staff')}</p>
        <p>{t('suggestions')}</p>
      </section>
      <section className="space-y-2">
        <h2 className="text-2xl font-bold">{t('statusHeading')}</h2>
        <p>{t('statusText')}</p>
      </section>
      {settings.liaisonEmail || settings.liaisonPhone ? (
        <section className="space-y-2">
          <h2 className="text-2xl font-bold">{t('contactHeading')}</h2>
          <p>
            {t.rich('contactText', {
              email: settings.liaisonEmail,
              number: settings.liaisonPhone,
              phone: (c) => <PhoneLink phone={settings.liaisonPhone}>{c}</PhoneLink>,
            })}
          </p>
        </section>
      ) : null}
    </article>
  );
}
