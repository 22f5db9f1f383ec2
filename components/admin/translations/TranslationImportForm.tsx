'use client';
import { useActionState } from 'react';
import { buttonClass } from '../forms/Field';
import type { ImportFormState } from './import-form-state';

type Props = {
  action: (state: ImportFormState, formData: FormData) => Promise<ImportFormState>;
  locale: string;
  languages: { code: string; name: string }[];
  /** Translated on the server: the staff pages hand no message bundles to the client. */
  labels: { language: string; file: string; upload: string };
};

const control = 'mt-1 block rounded border border-gray-600 bg-white px-3 py-2 text-base';

/** Upload of a translated file; works as a plain form post without JavaScript. */
export function TranslationImportForm({ action, locale, languages, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' });
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="locale" value={locale} />
      {state.status === 'imported' ? <p role="status" className="rounded bg-green-100 p-3 text-green-900">{state.message}</p> : null}
      {state.status === 'invalid' || state.status === 'rejected' ? (
        <div role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-950">
          <p className="font-semibold">{state.message}</p>
          {state.status === 'rejected' ? (
            <ul className="mt-2 list-disc space-y-1 ps-5 text-sm">{state.problems.map((p, i) => <li key={i}>{p}</li>)}</ul>
          ) : null}
        </div>
      ) : null}
      <div>
        <label htmlFor="import-locale" className="block font-medium">{labels.language}</label>
        <select id="import-locale" name="translationLocale" defaultValue={state.translationLocale} className={control}>
          {languages.map((l) => <option key={l.code} value={l.code} lang={l.code}>{l.name}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="import-file" className="block font-medium">{labels.file}</label>
        <input id="import-file" name="file" type="file" required accept=".xlf,.xliff,.csv,application/xliff+xml,text/csv" className="mt-1 block" />
      </div>
      <button type="submit" disabled={pending} className={buttonClass.primary}>{labels.upload}</button>
    </form>
  );
}
