import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';

/** Hands the editor namespaces (and only those) to the client islands of a form. */
export async function EditorIntl({ children }: { children: ReactNode }) {
  const all = (await getMessages()) as Record<string, unknown>;
  const messages = Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith('Editor')));
  return <NextIntlClientProvider messages={messages as never}>{children}</NextIntlClientProvider>;
}
