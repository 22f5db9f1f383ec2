'use client';
import { useTranslations } from 'next-intl';
import { Fieldset, TextArea } from '../forms/Field';

// What the service and event forms add when they carry a partner's proposal (R2–R3) or a
// reviewer's edits to one (A7): translations typed by a person, and a note to the reviewer.
// Plain inputs in parallel lists (trLocale / trField / trValue): no JavaScript needed.

export type TranslationRowValues = { locale: string; field: string; value: string };
export type ProposalExtrasProps = {
  /** Extra hidden inputs (kind, target, idempotency key, submission id). */
  hidden: Record<string, string>;
  submitLabel: string;
  languages: { value: string; label: string }[];
  fields: { value: string; label: string }[];
  /** Show a "message to the reviewer" box (partners only). */
  withMessage?: boolean;
};

/** Blank rows a person can fill in to add a translation, after the existing ones. */
const SPARE_ROWS = 3;

export function ProposalHidden({ hidden }: { hidden: Record<string, string> }) {
  return <>{Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}</>;
}

export function ProposalTranslations({ extras, rows, message, errors }: { extras: ProposalExtrasProps; rows: TranslationRowValues[]; message: string; errors: Record<string, string[]> }) {
  const t = useTranslations('EditorProposal');
  const all = [...rows, ...Array.from({ length: SPARE_ROWS }, () => ({ locale: '', field: '', value: '' }))];
  const input = 'mt-1 block w-full rounded border border-gray-600 bg-white px-2 py-1 focus:outline-2 focus:outline-offset-2 focus:outline-blue-700';
  const rowErrors = Object.entries(errors).filter(([k]) => k.startsWith('translations')).flatMap(([, m]) => m);
  return (
    <>
      <Fieldset legend={t('translationsTitle')}>
        <p className="mb-3 text-sm text-gray-700">{t('translationsHint')}</p>
        {rowErrors.length ? <p className="mb-2 text-sm font-medium text-red-800" role="note">{[...new Set(rowErrors)].join(' ')}</p> : null}
        {all.map((row, i) => (
          <div key={i} className="mb-3 grid gap-2 border-b border-gray-200 pb-3 sm:grid-cols-[10rem_12rem_1fr]">
            <div className="text-sm">
              <label htmlFor={`tr-locale-${i}`}>{t('rowLanguage', { n: i + 1 })}</label>
              <select id={`tr-locale-${i}`} name="trLocale" defaultValue={row.locale} className={input}>
                <option value="">—</option>
                {extras.languages.map((l) => <option key={l.value} value={l.value}>{l.label}</option>)}
              </select>
            </div>
            <div className="text-sm">
              <label htmlFor={`tr-field-${i}`}>{t('rowField', { n: i + 1 })}</label>
              <select id={`tr-field-${i}`} name="trField" defaultValue={row.field} className={input}>
                <option value="">—</option>
                {extras.fields.map((f) => <option key={f.value} value={f.value}>{f.label}</option>)}
              </select>
            </div>
            <div className="text-sm">
              <label htmlFor={`tr-value-${i}`}>{t('rowText', { n: i + 1 })}</label>
              <textarea id={`tr-value-${i}`} name="trValue" defaultValue={row.value} rows={2} maxLength={10_000} dir="auto" className={input} />
            </div>
          </div>
        ))}
      </Fieldset>
      {extras.withMessage ? <TextArea name="message" label={t('messageLabel')} hint={t('messageHint')} defaultValue={message} errors={errors.message} rows={3} maxLength={2_000} /> : null}
    </>
  );
}
