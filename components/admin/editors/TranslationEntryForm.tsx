import { getTranslations } from 'next-intl/server';
import { LOCALE_INFO } from '@/lib/i18n/locales';
import type { TranslationEntryKind } from '@/lib/validation/admin/translation-entry';
import { buttonClass, SelectField, TextArea } from '../forms/Field';

type Props = {
  kind: TranslationEntryKind;
  entity: { id: string; version: number; sourceLocale: string };
  /** Translatable fields in display order, with their labels. */
  fieldLabels: Record<string, string>;
  locale: string;
  /** Places are edited under a service: the service they are opened from. */
  serviceId?: string;
  /** The outcome of the previous post (?translated=1 / ?translationError=1). */
  outcome: TranslationOutcome;
  action: (fd: FormData) => Promise<void>;
};

/** L3: staff add or correct one translation of a listing, with its honest status. A plain form post. */
export async function TranslationEntryForm({ kind, entity, fieldLabels, locale, serviceId, outcome, action }: Props) {
  const [t, c] = await Promise.all([getTranslations('EditorTranslations'), getTranslations('EditorCommon')]);
  const languages = Object.values(LOCALE_INFO).filter((l) => l.code !== entity.sourceLocale);
  return (
    <form id="translation-form" action={action} className="mt-6 rounded border border-gray-300 p-4" aria-labelledby="translation-form-title">
      <h3 id="translation-form-title" className="mb-3 text-lg font-semibold">{t('entry.title')}</h3>
      {outcome === 'saved' ? <p role="status" className="mb-3 rounded bg-green-100 p-3 text-green-900">{t('entry.saved')}</p> : null}
      {outcome === 'error' || outcome === 'stale' ? <p role="alert" className="mb-3 rounded bg-red-100 p-3 text-red-900">{outcome === 'stale' ? c('staleAction') : t('entry.error')}</p> : null}
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={entity.id} />
      <input type="hidden" name="version" value={entity.version} />
      <input type="hidden" name="locale" value={locale} />
      {serviceId ? <input type="hidden" name="serviceId" value={serviceId} /> : null}
      <div className="grid gap-x-4 sm:grid-cols-3">
        <SelectField name="translationLocale" label={t('language')} options={languages.map((l) => ({ value: l.code, label: l.endonym, lang: l.code }))} />
        <SelectField name="field" label={t('entry.field')} options={Object.entries(fieldLabels).map(([value, label]) => ({ value, label }))} />
        <SelectField name="status" label={t('status')} defaultValue="reviewed" options={(['reviewed', 'machine', 'missing'] as const).map((s) => ({ value: s, label: t(`statuses.${s}`) }))} />
      </div>
      <TextArea name="value" label={t('entry.text')} rows={3} maxLength={10_000} required />
      <button type="submit" className={buttonClass.secondary}>{t('entry.save')}</button>
    </form>
  );
}

export type TranslationOutcome = 'saved' | 'error' | 'stale' | null;

/** Reads the outcome flags the translation action redirects with. */
export function translationOutcome(sp: Record<string, string | string[] | undefined>): TranslationOutcome {
  return sp.translated === '1' ? 'saved' : sp.translationError === '1' ? 'error' : sp.translationStale === '1' ? 'stale' : null;
}
