'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { buttonClass, SelectField, TextArea, TextField } from '../forms/Field';
import { FormAlert } from '../forms/FormAlert';
import type { EditorFormState } from '../forms/form-state';

export type SimpleFieldSpec = {
  name: string;
  label: string;
  kind: 'text' | 'textarea' | 'select' | 'number' | 'url' | 'email' | 'tel';
  hint?: string;
  required?: boolean;
  maxLength?: number;
  options?: { value: string; label: string }[];
};
type Values = Record<string, string>;
type Props = { action: (s: EditorFormState<Values>, fd: FormData) => Promise<EditorFormState<Values>>; initial: EditorFormState<Values>; fields: SimpleFieldSpec[]; hidden: Record<string, string>; submitLabel: string };

/** Organizations and guides: one column of labelled fields, posted to a server action. */
export function SimpleEditorForm({ action, initial, fields, hidden, submitLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, initial);
  const c = useTranslations('EditorCommon');
  const v = state.values ?? {};
  return (
    <form action={formAction} noValidate className="max-w-3xl">
      <FormAlert message={state.message} stale={state.stale} labels={{ field: c('field'), before: c('before'), after: c('after'), caption: c('changedSince') }} />
      {Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <input type="hidden" name="version" value={state.version} />
      {fields.map((f) => {
        const common = { name: f.name, label: f.label, hint: f.hint, errors: state.fieldErrors[f.name], required: f.required, defaultValue: v[f.name] };
        if (f.kind === 'textarea') return <TextArea key={f.name} {...common} rows={f.name === 'body' ? 16 : 5} maxLength={f.maxLength} />;
        if (f.kind === 'select') return <SelectField key={f.name} {...common} options={f.options ?? []} />;
        return <TextField key={f.name} {...common} type={f.kind} maxLength={f.maxLength} />;
      })}
      <button type="submit" disabled={pending} className={buttonClass.primary}>{submitLabel}</button>
    </form>
  );
}
