import { DEFAULT_LOCALE } from './locales';
import { PSEUDO_LOCALE } from './pseudo-locale';
import { pseudoizeMessages } from './pseudo-text';

// UI messages are split into bundles so that features can be worked on side by side:
// messages/<locale>.json (public site) plus messages/<bundle>/<locale>.json. Every bundle
// uses its own top-level namespaces; a test checks that no two bundles share one.
export const MESSAGE_BUNDLES = ['accounts', 'editors', 'translations', 'trust', 'events', 'hsds', 'suggestions', 'transfer', 'moderation', 'reliability'] as const;

type Messages = Record<string, unknown>;

let pseudoMessages: Promise<Messages> | null = null;

export async function loadMessages(locale: string): Promise<Messages> {
  // en-XA is made from English once per process (lib/i18n/pseudo-text.ts).
  if (locale === PSEUDO_LOCALE) {
    pseudoMessages ??= loadMessages(DEFAULT_LOCALE).then((en) => pseudoizeMessages(en as Parameters<typeof pseudoizeMessages>[0]));
    return pseudoMessages;
  }
  const parts = await Promise.all([
    import(`../../messages/${locale}.json`),
    ...MESSAGE_BUNDLES.map((bundle) => import(`../../messages/${bundle}/${locale}.json`)),
  ]);
  return Object.assign({}, ...parts.map((part) => part.default as Messages));
}
