import type { Metadata, Viewport } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { DemoBanner } from '@/components/layout/DemoBanner';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { getPublicSettings } from '@/lib/data/settings';
import { siteOrigin } from '@/lib/http/site-origin';
import { localeDirection, localeFontScript, type AppLocale } from '@/lib/i18n/locales';
import { isRoutableLocale } from '@/lib/i18n/pseudo-locale';

// Every page reads the database per request; nothing is prerendered at build time, so
// the build never needs a database.
export const dynamic = 'force-dynamic';

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isRoutableLocale(locale)) return {};
  const [t, settings] = await Promise.all([getTranslations({ locale, namespace: 'Metadata' }), getPublicSettings()]);
  const siteName = t('siteName', { city: settings.cityName });
  return {
    // Canonical and hreflang URLs (lib/seo/alternates.ts) are absolute against APP_URL.
    metadataBase: new URL(siteOrigin()),
    title: { default: siteName, template: `%s · ${siteName}` },
    description: t('description', { city: settings.cityName }),
    // No third-party anything: no referrer leaks to the sites we link to.
    referrer: 'no-referrer',
    robots: settings.isDemoData ? { index: false, follow: false } : undefined,
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isRoutableLocale(locale)) notFound();
  setRequestLocale(locale);
  const [t, settings] = await Promise.all([getTranslations('Layout'), getPublicSettings()]);
  const fontScript = localeFontScript(locale);
  return (
    <html lang={locale} dir={localeDirection(locale)}>
      {/* Only the locales whose script a phone may lack load a font (scripts/lib/fonts.ts). */}
      {fontScript ? <link rel="stylesheet" href={`/fonts/${fontScript}.css`} precedence="default" /> : null}
      <body className="flex min-h-screen flex-col font-sans leading-relaxed">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:bg-white focus:p-3">
          {t('skipToContent')}
        </a>
        {settings.isDemoData ? <DemoBanner /> : null}
        <SiteHeader locale={locale as AppLocale} cityName={settings.cityName} enabledLocales={settings.enabledLocales} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-6">
          {children}
        </main>
        <SiteFooter emergencyPhone={settings.emergencyPhone} cityServicesPhone={settings.cityServicesPhone} />
      </body>
    </html>
  );
}
