import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

// What a translation of a UI message must keep from the English one: the same placeholder
// names with the same kind (plain, number, date, plural, select…), the same select options,
// and the same rich-text tags. Plural categories may differ (Arabic has six, Chinese one),
// but "other" is always required.

export type IcuShape = { args: Map<string, string>; selectOptions: Map<string, string[]>; tags: Set<string>; pluralsWithoutOther: string[] };

function walk(elements: MessageFormatElement[], shape: IcuShape) {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    if (el.type === TYPE.tag) {
      shape.tags.add(el.value);
      walk(el.children, shape);
      continue;
    }
    shape.args.set(el.value, TYPE[el.type]);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      if (!('other' in el.options)) shape.pluralsWithoutOther.push(el.value);
      if (el.type === TYPE.select) shape.selectOptions.set(el.value, Object.keys(el.options).sort());
      for (const option of Object.values(el.options)) walk(option.value, shape);
    }
  }
}

export function icuShape(message: string): IcuShape {
  const shape: IcuShape = { args: new Map(), selectOptions: new Map(), tags: new Set(), pluralsWithoutOther: [] };
  walk(parse(message), shape);
  return shape;
}

const same = (a: Iterable<string>, b: Iterable<string>) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

/** Why `translation` cannot stand in for `english`, or null when it can. */
export function icuShapeProblem(english: string, translation: string): { code: 'icu' | 'placeholders' | 'markup'; detail: string } | null {
  let target: IcuShape;
  try {
    target = icuShape(translation);
  } catch (error) {
    return { code: 'icu', detail: (error as Error).message };
  }
  const source = icuShape(english);
  if (!same(source.tags, target.tags)) {
    return { code: source.tags.size === 0 ? 'markup' : 'placeholders', detail: [...target.tags].map((t) => `<${t}>`).join(' ') };
  }
  const args = (s: IcuShape) => [...s.args].map(([name, kind]) => `{${name}, ${kind}}`);
  if (!same(args(source), args(target))) return { code: 'placeholders', detail: args(target).join(' ') };
  for (const [name, options] of source.selectOptions) {
    if (!same(options, target.selectOptions.get(name) ?? [])) return { code: 'placeholders', detail: `{${name}, select}` };
  }
  if (target.pluralsWithoutOther.length) return { code: 'icu', detail: `{${target.pluralsWithoutOther[0]}} other` };
  return null;
}
