import { createTranslator } from 'next-intl';
import { DEFAULT_LOCALE, isAppLocale } from '@/lib/i18n/locales';

// Account emails, in the recipient's preferred language (messages/accounts, "AccountEmail").
export type AccountEmailKind = 'passwordReset' | 'invitation';

export async function renderAccountEmail(kind: AccountEmailKind, locale: string, values: { link: string; hours: number; role?: string }) {
  const lang = isAppLocale(locale) ? locale : DEFAULT_LOCALE;
  const messages = (await import(`../../messages/accounts/${lang}.json`)).default;
  const t = createTranslator({ locale: lang, messages, namespace: 'AccountEmail' });
  const roleName = values.role ? t(`roles.${values.role}` as 'roles.staff') : '';
  return {
    subject: t(`${kind}.subject`),
    text: t(`${kind}.body`, { link: values.link, count: values.hours, role: roleName }),
  };
}
