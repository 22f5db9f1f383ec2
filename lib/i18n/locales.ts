// Every locale the product targets (PRODUCT L1); each has its UI text in messages/ and is
// routable. Endonyms are shown in the language
// picker so that each visitor can find their own language without reading English.

export type LocaleInfo = {
  code: string;
  endonym: string;
  englishName: string;
  dir: 'ltr' | 'rtl';
  /** Self-hosted font stylesheet for scripts a device may lack (public/fonts/<fontScript>.css). */
  fontScript?: 'arabic' | 'chinese-simplified' | 'devanagari' | 'cyrillic' | 'vietnamese';
};

export const LOCALE_INFO = {
  en: { code: 'en', endonym: 'English', englishName: 'English', dir: 'ltr' },
  es: { code: 'es', endonym: 'Español', englishName: 'Spanish', dir: 'ltr' },
  ar: { code: 'ar', endonym: 'العربية', englishName: 'Arabic', dir: 'rtl', fontScript: 'arabic' },
  fr: { code: 'fr', endonym: 'Français', englishName: 'French', dir: 'ltr' },
  ht: { code: 'ht', endonym: 'Kreyòl ayisyen', englishName: 'Haitian Creole', dir: 'ltr' },
  pt: { code: 'pt', endonym: 'Português', englishName: 'Portuguese', dir: 'ltr' },
  'zh-Hans': { code: 'zh-Hans', endonym: '简体中文', englishName: 'Chinese (Simplified)', dir: 'ltr', fontScript: 'chinese-simplified' },
  'fa-AF': { code: 'fa-AF', endonym: 'دری', englishName: 'Dari', dir: 'rtl', fontScript: 'arabic' },
  pl: { code: 'pl', endonym: 'Polski', englishName: 'Polish', dir: 'ltr' },
  uk: { code: 'uk', endonym: 'Українська', englishName: 'Ukrainian', dir: 'ltr', fontScript: 'cyrillic' },
  ru: { code: 'ru', endonym: 'Русский', englishName: 'Russian', dir: 'ltr', fontScript: 'cyrillic' },
  vi: { code: 'vi', endonym: 'Tiếng Việt', englishName: 'Vietnamese', dir: 'ltr', fontScript: 'vietnamese' },
  ps: { code: 'ps', endonym: 'پښتو', englishName: 'Pashto', dir: 'rtl', fontScript: 'arabic' },
  sw: { code: 'sw', endonym: 'Kiswahili', englishName: 'Swahili', dir: 'ltr' },
  so: { code: 'so', endonym: 'Soomaali', englishName: 'Somali', dir: 'ltr' },
  ne: { code: 'ne', endonym: 'नेपाली', englishName: 'Nepali', dir: 'ltr', fontScript: 'devanagari' },
} as const satisfies Record<string, LocaleInfo>;

export type AppLocale = keyof typeof LOCALE_INFO;

export const LOCALES = Object.keys(LOCALE_INFO) as AppLocale[];
export const DEFAULT_LOCALE: AppLocale = 'en';

export function isAppLocale(value: string): value is AppLocale {
  return Object.hasOwn(LOCALE_INFO, value);
}

export function localeDirection(locale: string): 'ltr' | 'rtl' {
  return isAppLocale(locale) ? LOCALE_INFO[locale].dir : 'ltr';
}

export function localeFontScript(locale: string): LocaleInfo['fontScript'] {
  return isAppLocale(locale) ? (LOCALE_INFO[locale] as LocaleInfo).fontScript : undefined;
}
