import { createTranslator } from 'next-intl';
import { DEFAULT_LOCALE, isAppLocale } from '@/lib/i18n/locales';

// The short reply to someone who left an email with a suggestion or problem report, in the
// language they wrote in (messages/suggestions, "SuggestionEmail"). The staff note is
// included as plain text; nothing else about the listing or the reviewer.

type Kind = 'suggest_service' | 'report_problem';

export async function renderSuggestionReply(kind: Kind, decision: 'approved' | 'rejected', locale: string, note: string) {
  const lang = isAppLocale(locale) ? locale : DEFAULT_LOCALE;
  const messages = (await import(`../../messages/suggestions/${lang}.json`)).default;
  const t = createTranslator({ locale: lang, messages, namespace: 'SuggestionEmail' });
  const which = kind === 'report_problem' ? 'report' : 'suggestion';
  const parts = [t(`${which}.${decision}`), note.trim() ? t('note', { note: note.trim() }) : '', t('erased'), t('signature')];
  return { subject: t(`${which}.subject`), text: parts.filter(Boolean).join('\n\n') };
}
