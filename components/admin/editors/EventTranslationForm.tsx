import { getTranslations } from 'next-intl/server';
import { LOCALE_INFO } from '@/lib/i18n/locales';
import { EVENT_TEXT_FIELDS } from '@/lib/validation/admin/event';
import { buttonClass, SelectField, TextArea } from '../forms/Field';

type Props = { event: { id: string; version: number; sourceLocale: string }; locale: string; action: (fd: FormData) => Promise<void> };

/** L3: staff add or correct one translation, with its honest status. A plain form post. */
export async function EventTranslationForm({ event, locale, action }: Props) {
  const [t, tt] = await Promise.all([getTranslations('EditorEvent'), getTranslations('EditorTranslations')]);
  const languages = Object.values(LOCALE_INFO).filter((l) => l.code !== event.sourceLocale);
  return (
    <form id="translation-form" action={action} className="mt-6 rounded border border-gray-300 p-4" aria-labelledby="translation-form-title">
      <h3 id="translation-form-title" className="mb-3 text-lg font-semibold">{t('translationForm.title')}</h3>
      <input type="hidden" name="id" value={event.id} />
      <input type="hidden" name="version" value={event.version} />
      <input type="hidden" name="locale" value={locale} />
      <div className="grid gap-x-4 sm:grid-cols-3">
        <SelectField name="translationLocale" label={tt('language')} options={languages.map((l) => ({ value: l.code, label: l.endonym }))} />
        <SelectField name="field" label={t('translationForm.field')} options={EVENT_TEXT_FIELDS.map((f) => ({ value: f, label: t(`fields.${f}`) }))} />
        <SelectField name="status" label={tt('status')} defaultValue="reviewed" options={(['reviewed', 'machine', 'missing'] as const).map((s) => ({ value: s, label: tt(`statuses.${s}`) }))} />
      </div>
      <TextArea name="value" label={tt('text')} rows={3} maxLength={10_000} required />
      <button type="submit" className={buttonClass.secondary}>{t('translationForm.save')}</button>
    </form>
  );
}
