import { getLocale, getTranslations } from 'next-intl/server';
import type { LocalizedText } from '@/lib/data/localize';
import { languageNames } from '@/lib/i18n/format';

/** PRODUCT L3: say honestly when text is machine translated or not translated at all. */
export async function TranslationNotice({ value }: { value: LocalizedText }) {
  if (value.status !== 'machine' && value.status !== 'fallback') return null;
  const [t, locale] = await Promise.all([getTranslations('Translation'), getLocale()]);
  const [language = value.lang] = languageNames(locale, [value.lang]);
  return (
    <p className="translation-notice mt-1 text-sm">
      <span className="inline-block rounded bg-amber-100 px-2 py-0.5 text-amber-950">
        {value.status === 'machine' ? t('machine') : t('missing', { language })}
      </span>
    </p>
  );
}
