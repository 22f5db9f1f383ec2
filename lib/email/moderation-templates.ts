import { createTranslator } from 'next-intl';
import { DEFAULT_LOCALE, isAppLocale } from '../i18n/locales';
import { siteOrigin } from '../http/site-origin';

// Emails about partner proposals (messages/moderation, "ModerationEmail"), each in the
// recipient's preferred language. Text only: listing names are shown as typed, never as HTML.

async function translator(locale: string) {
  const lang = isAppLocale(locale) ? locale : DEFAULT_LOCALE;
  const messages = (await import(`../../messages/moderation/${lang}.json`)).default;
  return { lang, t: createTranslator({ locale: lang, messages, namespace: 'ModerationEmail' }) };
}

export type Decision = 'approved' | 'changes_requested' | 'rejected';

/** To the partner, after staff decided on their proposal. */
export async function renderDecisionEmail(locale: string, v: { decision: Decision; title: string; note: string; submissionId: string }) {
  const { lang, t } = await translator(locale);
  const link = `${siteOrigin()}/${lang}/admin/proposals/${v.submissionId}`;
  const note = v.note ? `\n\n${t('noteIntro')}\n${v.note}` : '';
  return { subject: t(`${v.decision}.subject`, { title: v.title }), text: `${t(`${v.decision}.body`, { title: v.title })}${note}\n\n${t('seeIt', { link })}` };
}

/** To staff, once a day: the proposals that arrived in the last 24 hours. */
export async function renderDigestEmail(locale: string, items: { title: string; organization: string; kind: string }[]) {
  const { lang, t } = await translator(locale);
  const lines = items.map((i) => `- ${t(`kinds.${i.kind as 'new_service'}`)}: ${i.title} (${i.organization})`);
  return {
    subject: t('digest.subject', { count: items.length }),
    text: [t('digest.body', { count: items.length }), '', ...lines, '', t('digest.queue', { link: `${siteOrigin()}/${lang}/admin/moderation` })].join('\n'),
  };
}

/** R5: the weekly reminder to a partner, linking to the page where they confirm each listing. */
export async function renderReminderEmail(locale: string, v: { name: string; organizationName: string; services: { name: string; lastVerified: Date }[] }) {
  const { lang, t } = await translator(locale);
  const date = (d: Date) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
  const lines = v.services.map((s) => `- ${s.name} (${t('reminder.lastVerified', { date: date(s.lastVerified) })})`);
  return {
    subject: t('reminder.subject', { count: v.services.length, organization: v.organizationName }),
    text: [t('reminder.greeting', { name: v.name }), '', t('reminder.body', { organization: v.organizationName }), '', ...lines, '', t('reminder.action', { link: `${siteOrigin()}/${lang}/admin/reverify` })].join('\n'),
  };
}
