import { describe, expect, it } from 'vitest';
import { planUiImport, uiUnits, writeUiMessages } from './ui-exchange';
import type { BundleName, MessageTree } from './ui-messages';

// The UI messages exchange against small fake bundles (the real files are covered by
// lib/i18n/messages.test.ts): export → edit → import, and each reason to refuse a file.

const bundles = (main: MessageTree, accounts: MessageTree = {}) => new Map<BundleName, MessageTree>([['main', main], ['accounts', accounts]]);
const english = bundles(
  { Home: { title: 'Find help', results: '{count, plural, one {# result} other {# results}}', call: 'Call <phone>{number}</phone>', who: '{role, select, staff {Staff} other {Someone}}' } },
  { Account: { signIn: 'Sign in' } },
);
const spanish = bundles({ Home: { title: 'Buscar ayuda' } }, {});
const locales = ['en', 'es', 'fr'];
const bytes = (text: string) => new TextEncoder().encode(text);

function spanishXliff(edit: (xliff: string) => string = (x) => x) {
  const xliff = writeUiMessages(uiUnits(english, spanish, false), 'es', 'xliff');
  return bytes(edit(xliff));
}
const setTarget = (key: string, target: string) => (xliff: string) =>
  xliff.replace(new RegExp(`(<unit id="${key.replace('.', '\\.')}"[^>]*>\\s*<segment[^>]*><source>[^<]*</source>)(<target>[^<]*</target>)?`), `$1<target>${target}</target>`);
const plan = (file: Uint8Array, locale: string | null = null) => planUiImport(file, locale, locales, english, async () => spanish);

describe('UI messages exchange', () => {
  it('exports every English key with the translation or a missing state', () => {
    const units = uiUnits(english, spanish, false);
    expect(units.map((u) => [u.file, u.id, u.state])).toEqual([
      ['main', 'Home.title', 'machine'], ['main', 'Home.results', 'missing'], ['main', 'Home.call', 'missing'], ['main', 'Home.who', 'missing'], ['accounts', 'Account.signIn', 'missing'],
    ]);
  });

  it('imports a good file into the right bundles, keeping English key order and reporting missing keys', async () => {
    const file = spanishXliff((x) => setTarget('Account.signIn', 'Entrar')(setTarget('Home.results', '{count, plural, one {# resultado} other {# resultados}}')(x)));
    const result = await plan(file);
    expect(result).toMatchObject({ ok: true, locale: 'es', updated: 2, unchanged: 1, missing: ['Home.call', 'Home.who'] });
    if (!result.ok) return;
    expect(result.files).toEqual([
      { bundle: 'main', messages: { Home: { title: 'Buscar ayuda', results: '{count, plural, one {# resultado} other {# resultados}}' } } },
      { bundle: 'accounts', messages: { Account: { signIn: 'Entrar' } } },
    ]);
  });

  it('reads CSV with the locale from the command line', async () => {
    const csv = writeUiMessages(uiUnits(english, spanish, false), 'es', 'csv').replace('Sign in,,missing', 'Sign in,Entrar,reviewed');
    expect(await plan(bytes(csv), 'es')).toMatchObject({ ok: true, updated: 1 });
    expect(await plan(bytes(csv), null)).toMatchObject({ ok: false, problems: [{ code: 'locale' }] });
  });

  it.each([
    ['an unknown key', (x: string) => x.replace('id="Home.title"', 'id="Home.titel"'), 'unknownUnit'],
    ['broken ICU', setTarget('Home.results', '{count, plural, one {# resultado} other {# resultados}'), 'icu'],
    ['a renamed placeholder', setTarget('Home.call', 'Llame al &lt;phone&gt;{numero}&lt;/phone&gt;'), 'placeholders'],
    ['a plural turned into plain text', setTarget('Home.results', '{count} resultados'), 'placeholders'],
    ['a plural without other', setTarget('Home.results', '{count, plural, one {# resultado}}'), 'icu'],
    ['a select with other options', setTarget('Home.who', '{role, select, admin {Admin} other {Alguien}}'), 'placeholders'],
    ['HTML where English has none', setTarget('Home.title', '&lt;b&gt;Buscar&lt;/b&gt; ayuda'), 'markup'],
    ['a changed English source', (x: string) => x.replace('<source>Find help</source>', '<source>Get help</source>'), 'outdated'],
    ['a target language that does not exist', (x: string) => x.replace('trgLang="es"', 'trgLang="xx"'), 'locale'],
  ])('refuses %s and writes nothing', async (_name, edit, code) => {
    const result = await plan(spanishXliff(edit));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.code)).toContain(code);
  });

  it('refuses a file that is not UTF-8', async () => {
    expect(await plan(new Uint8Array([0x3c, 0x78, 0xe9, 0x3e]))).toMatchObject({ ok: false, problems: [{ code: 'encoding' }] });
  });
});
