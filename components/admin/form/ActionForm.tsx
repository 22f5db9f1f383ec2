'use client';
import { useActionState, useId } from 'react';
import { Field, type FieldSpec } from './Field';
import { initialFormState, type FormState } from './form-state';

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: FieldSpec[];
  submitLabel: string;
  hidden?: Record<string, string>;
  values?: Record<string, string>;
  variant?: 'primary' | 'danger' | 'secondary';
};

/** A form posted to a server action; works without JavaScript, shows errors next to fields. */
export function ActionForm({ action, fields, submitLabel, hidden, values, variant = 'primary' }: Props) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const formId = useId().replace(/:/g, '');
  const shown = state.values ?? values ?? {};
  const buttonClass =
    variant === 'danger' ? 'bg-red-800 text-white' : variant === 'secondary' ? 'border border-gray-600 bg-white text-gray-900' : 'bg-blue-800 text-white';
  return (
    <form action={formAction} noValidate className="max-w-md">
      {state.message ? (
        <p role={state.ok ? 'status' : 'alert'} className={`mb-4 rounded p-3 ${state.ok ? 'bg-green-100 text-green-900' : 'bg-red-100 text-red-900'}`}>
          {state.message}
        </p>
      ) : null}
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((field) => (
        <Field key={field.name} formId={formId} field={field} errors={state.fieldErrors?.[field.name]} defaultValue={shown[field.name]} />
      ))}
      <button type="submit" disabled={pending} aria-disabled={pending} className={`rounded px-4 py-2 font-semibold focus:outline-2 focus:outline-offset-2 focus:outline-blue-700 ${buttonClass}`}>
        {submitLabel}
      </button>
    </form>
  );
}
