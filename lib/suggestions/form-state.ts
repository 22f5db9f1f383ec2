// What a public suggestion form gets back from its server action when something must be
// fixed. Only what the visitor typed is sent back; messages are already translated.
// `stamp` replaces the form's time stamp when the old one can no longer be used.
export type IntakeFormState = {
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
  stamp?: string;
};

export const initialIntakeState: IntakeFormState = {};

/** The hidden honeypot field: people never see or fill it (aria-hidden, tabindex -1), simple bots do. */
export const HONEYPOT_FIELD = 'homepage';
