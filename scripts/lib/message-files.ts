import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundlePath, loadBundles, type BundleName, type MessageTree } from '../../lib/translation-exchange/ui-messages';
import { PROJECT_ROOT } from './migrations-folder';

// The messages/ files as the messages:export and messages:import commands read and write them.

export const readBundle = async (bundle: BundleName, locale: string): Promise<MessageTree> => {
  const file = path.join(PROJECT_ROOT, bundlePath(bundle, locale));
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
};

export const readLocale = (locale: string) => loadBundles(locale, readBundle);

export function writeBundle(bundle: BundleName, locale: string, messages: MessageTree) {
  writeFileSync(path.join(PROJECT_ROOT, bundlePath(bundle, locale)), `${JSON.stringify(messages, null, 2)}\n`);
}
