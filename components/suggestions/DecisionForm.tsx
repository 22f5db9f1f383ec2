'use client';
import { useActionState } from 'react';
import { initialIntakeState, type IntakeFormState } from '@/lib/suggestions/form-state';

type Props = {
  action: (state: IntakeFormState, formData: FormData) => Promise<IntakeFormState>;
  id: string;
  locale: string;
  labels: { note: string; noteHint: string; approve: string; reject: string };
};

/** Staff decide with a note; the button pressed carries the decision (works without JavaScript). */
export function DecisionForm({ action, id, locale, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, initialIntakeState);
  const noteErrors = state.fieldErrors?.note;
  return (
    <form action={formAction} className="max-w-xl space-y-3">
      {state.message ? <p role="alert" className="rounded bg-red-100 p-3 text-red-900">{state.message}</p> : null}
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="locale" value={locale} />
      <div>
        <label htmlFor="decision-note" className="block font-medium">{labels.note}</label>
        <textarea id="decision-note" name="note" rows={3} maxLength={2000} defaultValue={state.values?.note ?? ''}
          aria-describedby={noteErrors?.length ? 'decision-note-hint decision-note-error' : 'decision-note-hint'} aria-invalid={noteErrors?.length ? true : undefined}
          className="mt-1 block w-full rounded border border-gray-600 px-3 py-2 focus:outline-2 focus:outline-offset-2 focus:outline-blue-700" />
        <p id="decision-note-hint" className="mt-1 text-sm text-gray-700">{labels.noteHint}</p>
        {noteErrors?.length ? <p id="decision-note-error" className="text-sm font-medium text-red-800">{noteErrors.join(' ')}</p> : null}
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="decision" value="approved" disabled={pending} className="rounded bg-green-800 px-4 py-2 font-semibold text-white focus:outline-2 focus:outline-offset-2 focus:outline-blue-700">{labels.approve}</button>
        <button type="submit" name="decision" value="rejected" disabled={pending} className="rounded bg-red-800 px-4 py-2 font-semibold text-white focus:outline-2 focus:outline-offset-2 focus:outline-blue-700">{labels.reject}</button>
      </div>
    </form>
  );
}
