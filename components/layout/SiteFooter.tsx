import { getTranslations } from 'next-intl/server';
import { LocaleLink } from '@/components/ui/LocaleLink';

export async function SiteFooter({ emergencyPhone, cityServicesPhone }: { emergencyPhone: string; cityServicesPhone: string }) {
  const [t, te, ts] = await Promise.all([getTranslations('Layout'), getTranslations('EventsNav'), getTranslations('SuggestLinks')]);
  return (
    <footer className="mt-12 border-t border-gray-200 bg-white">
      <div className="mx-auto grid max-w-5xl gap-4 px-4 py-6 text-sm sm:grid-cols-2">
        <div className="space-y-1">
          <p>{t('footerAbout')}</p>
          <p>{t('footerPrivacy')}</p>
        </div>
        <nav aria-label={t('footerNav')} className="space-y-1 sm:text-end">
          <p>
            <a href={`tel:${emergencyPhone}`} className="font-semibold underline">{t('emergency', { phone: emergencyPhone })}</a>
          </p>
          <p>
            <a href={`tel:${cityServicesPhone}`} className="underline">{t('cityServices', { phone: cityServicesPhone })}</a>
          </p>
          <p>
            <LocaleLink href="/events" className="underline">{te('events')}</LocaleLink>
          </p>
          <p>
            <LocaleLink href="/suggest" className="underline">{ts('footer')}</LocaleLink>
          </p>
          <p>
            <LocaleLink href="/privacy" className="underline">{t('navPrivacy')}</LocaleLink>
          </p>
        </nav>
      </div>
    </footer>
  );
}
