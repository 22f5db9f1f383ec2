import { readFileSync } from 'node:fs';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './locales';
import { MESSAGE_BUNDLES } from './message-bundles';

type Messages = { [key: string]: string | Messages };

const FILES = ['', ...MESSAGE_BUNDLES.map((bundle) => `${bundle}/`)];
const readBundle = (prefix: string, locale: string): Messages => JSON.parse(readFileSync(`messages/${prefix}${locale}.json`, 'utf8'));
/** All bundles of a locale merged, as lib/i18n/message-bundles.ts merges them. */
const load = (locale: string): Messages => Object.assign({}, ...FILES.map((prefix) => readBundle(prefix, locale)));

describe('message bundles', () => {
  it('never share a top-level namespace', () => {
    const namespaces = FILES.flatMap((prefix) => Object.keys(readBundle(prefix, 'en')));
    expect(namespaces.length).toBe(new Set(namespaces).size);
  });
});

function keys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

const english = load('en');

describe.each(LOCALES)('messages/%s.json', (locale) => {
  const messages = load(locale);

  it('has exactly the keys of en.json', () => {
    expect(keys(messages).sort()).toEqual(keys(english).sort());
  });

  it('formats every message without ICU errors, for several plural counts', () => {
    const errors: string[] = [];
    const t = createTranslator({ locale, messages, onError: (error) => errors.push(`${error.code}: ${error.message}`) });
    for (const key of keys(messages)) {
      const source = keys(english).includes(key) ? lookup(english, key) : '';
      for (const count of [0, 1, 2, 5, 11, 100]) t.rich(key as never, argumentsFor(source, count) as never);
    }
    expect(errors).toEqual([]);
  });
});

function lookup(messages: Messages, key: string): string {
  return key.split('.').reduce<Messages | string>((node, part) => (typeof node === 'string' ? node : node[part]!), messages) as string;
}

/** Values for every {argument} and <tag> the English message uses. */
function argumentsFor(message: string, count: number): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [, name] of message.matchAll(/\{(\w+)/g)) values[name!] = name === 'count' || name === 'page' || name === 'pageCount' ? count : 'x';
  for (const [, tag] of message.matchAll(/<(\w+)>/g)) values[tag!] = (chunks: unknown) => chunks;
  return values;
}
