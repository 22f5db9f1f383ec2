import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { UpcomingEventList } from '@/components/events/UpcomingEventList';
import { CategoryTiles } from '@/components/home/CategoryTiles';
import { SearchForm } from '@/components/home/SearchForm';
import { PhoneLink } from '@/components/ui/PhoneLink';
import { Text } from '@/components/ui/Text';
import { listCategories } from '@/lib/data/categories';
import { listUpcomingOccurrences } from '@/lib/data/events';
import { listPublicGuides } from '@/lib/data/guides';
import { getPublicSettings } from '@/lib/data/settings';
import { LocaleLink } from '@/components/ui/LocaleLink';
import { pageLocale } from '@/lib/i18n/page-locale';
import { publicPageMetadata } from '@/lib/seo/alternates';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  return publicPageMetadata(locale, '', {});
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const [t, te, settings, categories, events, guides] = await Promise.all([
    getTranslations('Home'),
    getTranslations('EventsList'),
    getPublicSettings(),
    listCategories(locale),
    listUpcomingOccurrences(locale, { limit: 4, featuredFirst: true }),
    listPublicGuides(locale),
  ]);
  return (
    <div className="space-y-10">
      <section aria-labelledby="home-title" className="space-y-4">
        <h1 id="home-title" className="text-3xl font-bold">{t('title', { city: settings.cityName })}</h1>
        <p className="max-w-2xl text-lg">{t('intro')}</p>
        <SearchForm locale={locale} />
      </section>

      <section aria-labelledby="categories-title" className="space-y-4">
        <h2 id="categories-title" className="text-2xl font-bold">{t('categoriesHeading')}</h2>
        <CategoryTiles categories={categories} />
      </section>

      <section aria-labelledby="events-title" className="space-y-4">
        <h2 id="events-title" className="text-2xl font-bold">{t('eventsHeading')}</h2>
        {events.length ? <UpcomingEventList events={events} locale={locale} /> : <p>{t('noEvents')}</p>}
        <p><LocaleLink href="/events" className="font-semibold underline">{te('allEvents')}</LocaleLink></p>
      </section>

      <section aria-labelledby="guides-title" className="space-y-4">
        <h2 id="guides-title" className="text-2xl font-bold">{t('guidesHeading')}</h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {guides.map((g) => (
            <li key={g.slug}>
              <LocaleLink href={`/guides/${g.slug}`} className="block h-full rounded-lg border border-gray-300 bg-white p-4 hover:border-brand-600">
                <Text value={g.title} className="font-semibold text-brand-800 underline" />
                <Text value={g.summary} as="p" className="text-sm text-muted" />
              </LocaleLink>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="emergency-title" className="rounded-lg border-2 border-alert bg-red-50 p-4">
        <h2 id="emergency-title" className="text-xl font-bold text-alert">{t('emergencyHeading')}</h2>
        <p>{t('emergencyText', { emergency: settings.emergencyPhone, city311: settings.cityServicesPhone })}</p>
        {settings.liaisonPhone ? (
          <p className="mt-2">
            {t.rich('liaisonText', {
              name: settings.liaisonName,
              number: settings.liaisonPhone,
              phone: (chunks) => <PhoneLink phone={settings.liaisonPhone}>{chunks}</PhoneLink>,
            })}
          </p>
        ) : null}
      </section>
    </div>
  );
}
