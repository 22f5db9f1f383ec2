import type { DiffRow } from '@/lib/data/admin/diff';

/** What an editor's server action returns to its form: translated errors and what the user typed. */
export type EditorFormState<V> = {
  ok: boolean;
  /** Translated, for the alert at the top of the form. */
  message?: string;
  fieldErrors: Record<string, string[]>;
  values: V | null;
  /** The version the next save must match (moves on after a stale save was shown). */
  version: number;
  /** Set when the save was refused as stale: what others changed meanwhile. */
  stale?: { currentVersion: number; changes: DiffRow[] };
};
