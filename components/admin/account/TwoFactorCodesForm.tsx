'use client';
import { useActionState, useId } from 'react';
import { Field } from '../form/Field';
import type { FormState } from '../form/form-state';

export type CodesFormState = FormState & { codes?: string[] };

type Props = {
  action: (state: CodesFormState, formData: FormData) => Promise<CodesFormState>;
  /** confirm: a code field and "Turn on"; regenerate: one button that replaces the codes. */
  mode: 'confirm' | 'regenerate';
  locale: string;
  labels: { code: string; submit: string; codesTitle: string; codesIntro: string; codesDone: string; listLabel: string };
};

/**
 * Turning two-step verification on, and making new recovery codes, both end by showing the
 * ten codes exactly once. One action for both (a `command` field) keeps the form at the
 * same place in the page, so that without JavaScript the server still renders the result.
 */
export function TwoFactorCodesForm({ action, mode, locale, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const formId = useId().replace(/:/g, '');
  if (state.codes) {
    return (
      <div role="status" className="max-w-md rounded border-2 border-blue-800 p-4">
        <h3 className="mb-2 text-lg font-semibold">{labels.codesTitle}</h3>
        <p className="mb-3">{labels.codesIntro}</p>
        <ol aria-label={labels.listLabel} className="mb-4 grid grid-cols-2 gap-2 font-mono text-lg" dir="ltr">
          {state.codes.map((code) => <li key={code}>{code}</li>)}
        </ol>
        <a href={`/${locale}/admin/account`} className="inline-block rounded bg-blue-800 px-4 py-2 font-semibold text-white focus:outline-2 focus:outline-offset-2 focus:outline-blue-700">{labels.codesDone}</a>
      </div>
    );
  }
  return (
    <form action={formAction} noValidate className="max-w-md">
      {state.message ? <p role="alert" className="mb-4 rounded bg-red-100 p-3 text-red-900">{state.message}</p> : null}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="command" value={mode} />
      {mode === 'confirm' ? (
        <Field formId={formId} field={{ name: 'code', label: labels.code, autoComplete: 'one-time-code', inputMode: 'numeric', required: true }} errors={state.fieldErrors?.code} />
      ) : null}
      <button type="submit" disabled={pending} className={`rounded px-4 py-2 font-semibold focus:outline-2 focus:outline-offset-2 focus:outline-blue-700 ${mode === 'confirm' ? 'bg-blue-800 text-white' : 'border border-gray-600'}`}>
        {labels.submit}
      </button>
    </form>
  );
}
