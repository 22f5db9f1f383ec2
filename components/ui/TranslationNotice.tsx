import { getLocale, getTranslations } from 'next-intl/server';
import type { LocalizedText } from '@/lib/data/localize';
import { languageNames } from '@/lib/i18n/format';
import { localeDirection } from '@/lib/i18n/locales';

/** PRODUCT L3: say honestly when text is machine translated or not translated at all. */
export async function TranslationNotice({ value, withOriginal = false }: { value: LocalizedText; withOriginal?: boolean }) {
  if (value.status !== 'machine' && value.status !== 'fallback') return null;
  const [t, locale] = await Promise.all([getTranslations('Translation'), getLocale()]);
  const [language = value.lang] = languageNames(locale, [value.lang]);
  if (value.status === 'fallback' || !value.original || !withOriginal) {
    return (
      <p className="translation-notice mt-1 text-sm">
        <span className="inline-block rounded bg-amber-100 px-2 py-0.5 text-amber-950">
          {value.status === 'machine' ? t('machine') : t('missing', { language })}
        </span>
      </p>
    );
  }
  // A machine translation can be wrong: the original is one tap away, without JavaScript.
  const [originalLanguage = value.original.lang] = languageNames(locale, [value.original.lang]);
  return (
    <details className="translation-notice mt-1 text-sm">
      <summary className="inline-flex min-h-6 cursor-pointer flex-wrap items-center gap-2">
        <span className="rounded bg-amber-100 px-2 py-0.5 text-amber-950">{t('machine')}</span>
        <span className="text-brand-800 underline">{t('showOriginal', { language: originalLanguage })}</span>
      </summary>
      <p lang={value.original.lang} dir={localeDirection(value.original.lang)} className="mt-1 whitespace-pre-line border-s-4 border-gray-300 ps-3">
        {value.original.text}
      </p>
    </details>
  );
}
