import { MESSAGE_BUNDLES } from '../i18n/message-bundles';

// UI messages as translators' units: every bundle's nested JSON flattened to dotted keys
// ("Layout.skipToContent"). Bundles own distinct top-level namespaces, so a key names its
// file. The file "main" is messages/<locale>.json; others messages/<bundle>/<locale>.json.

export type MessageTree = { [key: string]: string | MessageTree };
export type BundleName = 'main' | (typeof MESSAGE_BUNDLES)[number];
export const BUNDLE_NAMES: BundleName[] = ['main', ...MESSAGE_BUNDLES];

export const bundlePath = (bundle: BundleName, locale: string) => (bundle === 'main' ? `messages/${locale}.json` : `messages/${bundle}/${locale}.json`);

export function flatten(tree: MessageTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** `english` with each string replaced by `values`' (a key missing there stays out). */
export function unflattenLike(english: MessageTree, values: Map<string, string>, prefix = ''): MessageTree {
  const out: MessageTree = {};
  for (const [key, value] of Object.entries(english)) {
    const path = `${prefix}${key}`;
    if (typeof value === 'string') {
      if (values.has(path)) out[key] = values.get(path)!;
    } else {
      const child = unflattenLike(value, values, `${path}.`);
      if (Object.keys(child).length) out[key] = child;
    }
  }
  return out;
}

/** Every bundle of a locale, read through `load` (a dynamic import in Next, the file system in scripts). */
export async function loadBundles(locale: string, load: (bundle: BundleName, locale: string) => Promise<MessageTree>) {
  return new Map(await Promise.all(BUNDLE_NAMES.map(async (b) => [b, await load(b, locale)] as const)));
}
