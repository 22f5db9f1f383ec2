import { getTranslations } from 'next-intl/server';
import { LOCALE_INFO, type AppLocale } from '@/lib/i18n/locales';
import { LocaleLink } from '@/components/ui/LocaleLink';
import { LanguagePicker } from './LanguagePicker';

export async function SiteHeader({ locale, cityName, enabledLocales }: { locale: AppLocale; cityName: string; enabledLocales: string[] }) {
  const [t, tl, te] = await Promise.all([getTranslations('Layout'), getTranslations('MyList'), getTranslations('EventsNav')]);
  const options = Object.values(LOCALE_INFO)
    .filter((l) => enabledLocales.includes(l.code))
    .map(({ code, endonym, dir }) => ({ code, endonym, dir }));
  return (
    <header className="border-b border-gray-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <LocaleLink href="/" className="text-lg font-bold text-brand-800 no-underline" aria-label={t('homeLink', { city: cityName })}>
          {/* Names, not UI text: never translated (the pseudo-locale test relies on translate="no"). */}
          <span translate="no">{cityName}</span> <span translate="no" className="font-normal">Welcome Desk</span>
        </LocaleLink>
        <nav aria-label={t('mainNav')} className="flex flex-wrap items-center gap-1">
          <LocaleLink href="/" className="min-h-11 rounded px-3 py-2 underline-offset-4 hover:underline">{t('navServices')}</LocaleLink>
          <LocaleLink href="/events" className="min-h-11 rounded px-3 py-2 underline-offset-4 hover:underline">{te('events')}</LocaleLink>
          <LocaleLink href="/guides" className="min-h-11 rounded px-3 py-2 underline-offset-4 hover:underline">{t('navGuides')}</LocaleLink>
          <LocaleLink href="/my-list" className="min-h-11 rounded px-3 py-2 underline-offset-4 hover:underline">{tl('navLink')}</LocaleLink>
          <LanguagePicker current={locale} options={options} label={t('languagePicker')} />
        </nav>
      </div>
    </header>
  );
}
