import { getRequestConfig } from 'next-intl/server';
import { loadMessages } from './message-bundles';
import { isRoutableLocale } from './pseudo-locale';
import { routing } from './routing';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = requested && isRoutableLocale(requested) ? requested : routing.defaultLocale;
  return { locale, messages: await loadMessages(locale) };
});
