/** What the import form shows after a post; every text is already translated on the server. */
export type ImportFormState =
  | { status: 'idle'; translationLocale?: string }
  | { status: 'invalid' | 'imported'; translationLocale: string; message: string }
  | { status: 'rejected'; translationLocale: string; message: string; problems: string[] };
