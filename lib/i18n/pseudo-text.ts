import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';
import { accent } from './pseudo-accent';

export { PSEUDO_LETTERS } from './pseudo-accent';

// Pseudo-localization of ICU messages: only literal text changes; placeholders, plural and
// select branches, `#` and rich-text tags (<link>…</link>) pass through untouched.

function literalLength(elements: MessageFormatElement[]): number {
  let n = 0;
  for (const el of elements) {
    if (el.type === TYPE.literal) n += el.value.length;
    else if (el.type === TYPE.tag) n += literalLength(el.children);
    else if (el.type === TYPE.plural || el.type === TYPE.select) n += Math.max(0, ...Object.values(el.options).map((o) => literalLength(o.value)));
  }
  return n;
}

function accentAll(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((el) => {
    if (el.type === TYPE.literal) return { ...el, value: accent(el.value) };
    if (el.type === TYPE.tag) return { ...el, children: accentAll(el.children) };
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      const options = Object.fromEntries(Object.entries(el.options).map(([k, o]) => [k, { ...o, value: accentAll(o.value) }]));
      return { ...el, options } as MessageFormatElement;
    }
    return el;
  });
}

/** "Search {count, plural, one {# result} other {# results}}" → "[Šéáŕçĥ {count, plural, one {# ŕéšúĺţ} …} ~~~~]". */
export function pseudoizeMessage(message: string): string {
  const ast = parse(message);
  const padding = '~'.repeat(Math.ceil(literalLength(ast) * 0.35));
  const literal = (value: string) => ({ type: TYPE.literal, value }) as MessageFormatElement;
  return printAST([literal('['), ...accentAll(ast), literal(padding ? ` ${padding}]` : ']')]);
}

type Messages = { [key: string]: string | Messages };

export function pseudoizeMessages(messages: Messages): Messages {
  return Object.fromEntries(
    Object.entries(messages).map(([key, value]) => [key, typeof value === 'string' ? pseudoizeMessage(value) : pseudoizeMessages(value)]),
  );
}
