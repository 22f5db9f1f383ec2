'use client';
import { useActionState } from 'react';
import { HONEYPOT_FIELD, initialIntakeState, type IntakeFormState } from '@/lib/suggestions/form-state';
import { IntakeField, type IntakeFieldSpec } from './IntakeField';

type Props = {
  action: (state: IntakeFormState, formData: FormData) => Promise<IntakeFormState>;
  fields: IntakeFieldSpec[];
  hidden: Record<string, string>;
  stamp: string;
  labels: { submit: string; sending: string; required: string; honeypot: string };
};

/**
 * A public form posted to a server action: plain HTML without JavaScript (the page comes
 * back with the errors and what was typed), the same with it. The honeypot sits off-screen,
 * hidden from screen readers and out of the tab order, so only bots fill it.
 */
export function IntakeForm({ action, fields, hidden, stamp, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, initialIntakeState);
  const values = state.values ?? {};
  const formErrors = state.fieldErrors?.form;
  return (
    <form action={formAction} noValidate className="max-w-xl">
      {state.message ? (
        <div role="alert" className="mb-5 rounded border-s-4 border-red-700 bg-red-50 p-3 text-red-900">
          <p className="font-semibold">{state.message}</p>
          {formErrors?.length ? <ul className="mt-1 list-disc ps-5">{formErrors.map((e) => <li key={e}>{e}</li>)}</ul> : null}
        </div>
      ) : null}
      {Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <input type="hidden" name="stamp" value={state.stamp ?? stamp} />
      <div aria-hidden="true" className="absolute -start-[10000px] top-auto h-px w-px overflow-hidden">
        <label htmlFor={`f-${HONEYPOT_FIELD}`}>{labels.honeypot}</label>
        <input id={`f-${HONEYPOT_FIELD}`} type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      {fields.map((field) => (
        <IntakeField key={field.name} field={field} value={values[field.name] ?? ''} errors={state.fieldErrors?.[field.name]} requiredLabel={labels.required} />
      ))}
      <button type="submit" disabled={pending} aria-disabled={pending} className="rounded bg-blue-800 px-5 py-2 font-semibold text-white focus:outline-2 focus:outline-offset-2 focus:outline-blue-700">
        {pending ? labels.sending : labels.submit}
      </button>
    </form>
  );
}
