// UI messages are split into bundles so that features can be worked on side by side:
// messages/<locale>.json (public site) plus messages/<bundle>/<locale>.json. Every bundle
// uses its own top-level namespaces; a test checks that no two bundles share one.
export const MESSAGE_BUNDLES = ['accounts', 'editors', 'translations', 'trust', 'events', 'hsds', 'moderation'] as const;

type Messages = Record<string, unknown>;

export async function loadMessages(locale: string): Promise<Messages> {
  const parts = await Promise.all([
    import(`../../messages/${locale}.json`),
    ...MESSAGE_BUNDLES.map((bundle) => import(`../../messages/${bundle}/${locale}.json`)),
  ]);
  return Object.assign({}, ...parts.map((part) => part.default as Messages));
}
