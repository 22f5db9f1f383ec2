import type { ReactNode } from 'react';

const summaryClass =
  'inline-block cursor-pointer list-none rounded border border-red-800 bg-white px-3 py-1 text-sm text-red-900 focus:outline-2 focus:outline-offset-2 focus:outline-blue-700 [&::-webkit-details-marker]:hidden';

type Props = {
  /** The button that opens the question, e.g. "Revoke". */
  label: string;
  /** An accessible name when the label alone is ambiguous in a table ("Revoke: ana@…"). */
  labelFor?: string;
  /** The question, in plain words, saying what will happen. */
  question: string;
  confirmLabel: string;
  action: (formData: FormData) => Promise<void>;
  hidden: Record<string, string>;
  children?: ReactNode;
};

/**
 * A destructive action asks first, without JavaScript or a pop-up: the button opens a
 * <details> panel with the question and the real submit button. Keyboard users get the
 * native disclosure (Enter/Space), and nothing happens until the second, explicit click.
 */
export function ConfirmAction({ label, labelFor, question, confirmLabel, action, hidden, children }: Props) {
  return (
    <details className="inline-block align-top">
      <summary className={summaryClass} aria-label={labelFor}>{label}</summary>
      <div className="mt-2 max-w-xs rounded border border-red-800 bg-red-50 p-3 text-sm">
        <p className="mb-2">{question}</p>
        {children}
        <form action={action}>
          {Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
          <button type="submit" className="rounded bg-red-800 px-3 py-1 text-white focus:outline-2 focus:outline-offset-2 focus:outline-blue-700">{confirmLabel}</button>
        </form>
      </div>
    </details>
  );
}
