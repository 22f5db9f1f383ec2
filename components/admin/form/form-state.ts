// What every admin server action returns to its form. `values` holds only what is safe to
// send back (never a password); `fieldErrors` are already translated.
export type FormState = {
  ok?: boolean;
  /** A translated message for the whole form (success or failure). */
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
};

export const initialFormState: FormState = {};
