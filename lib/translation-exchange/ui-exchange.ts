import { DEFAULT_LOCALE } from '../i18n/locales';
import { readCsvRows, writeCsv } from './csv';
import { decodeUtf8, hasMarkup } from './decode';
import { icuShapeProblem } from './icu-shape';
import { BUNDLE_NAMES, flatten, unflattenLike, type BundleName, type MessageTree } from './ui-messages';
import type { ExchangeProblem, UnitState } from './units';
import { readXliff, writeXliff, type ReadUnit, type XliffUnit } from './xliff';

// UI messages for translators (PRODUCT L6), shared by `npm run messages:export|import` and
// the staff download on /admin/translations. In CSV, entity is "ui", id the bundle and field
// the dotted key.

type Bundles = Map<BundleName, MessageTree>;

export function uiUnits(english: Bundles, target: Bundles, reviewed: boolean): XliffUnit[] {
  return BUNDLE_NAMES.flatMap((bundle) => {
    const translated = flatten(target.get(bundle) ?? {});
    return [...flatten(english.get(bundle) ?? {})].map(([key, source]): XliffUnit => {
      const value = translated.get(key);
      const state: UnitState = value === undefined || value === '' ? 'missing' : reviewed ? 'reviewed' : 'machine';
      return { file: bundle, fileLabel: bundle, id: key, name: key, source, target: value ?? '', state };
    });
  });
}

export function writeUiMessages(units: XliffUnit[], locale: string, format: 'xliff' | 'csv'): string {
  return format === 'xliff'
    ? writeXliff(units, DEFAULT_LOCALE, locale)
    : writeCsv(units.map((u) => ({ entity: 'ui', id: u.file, field: u.id, source: u.source, target: u.target, status: u.state })));
}

export type UiImportPlan =
  | { ok: false; problems: ExchangeProblem[] }
  | { ok: true; locale: string; files: { bundle: BundleName; messages: MessageTree }[]; updated: number; unchanged: number; missing: string[] };

const bundleOfKey = (english: Bundles, key: string): BundleName | null =>
  BUNDLE_NAMES.find((b) => flatten(english.get(b) ?? {}).has(key)) ?? null;

/**
 * Checks a translator's file against English and, when everything is right, says what each
 * messages file of `locale` becomes. `locale` comes from the command line for CSV; XLIFF
 * names it too (trgLang), and the two must agree.
 */
export async function planUiImport(bytes: Uint8Array, locale: string | null, locales: readonly string[], english: Bundles, current: (locale: string) => Promise<Bundles>): Promise<UiImportPlan> {
  const decoded = decodeUtf8(bytes);
  if ('problem' in decoded) return { ok: false, problems: [decoded.problem] };
  const isXliff = decoded.text.trimStart().startsWith('<');
  let units: ReadUnit<string>[];
  let problems: ExchangeProblem[];
  let trgLang: string | null = null;
  if (isXliff) {
    const file = readXliff<string>(decoded.text, DEFAULT_LOCALE, (id) => id);
    ({ units, problems, trgLang } = file);
  } else {
    const read = readCsvRows(decoded.text);
    problems = read.problems;
    units = read.rows.map((r) => ({ where: r.field, file: r.id, line: r.line, key: r.entity === 'ui' ? r.field : null, source: r.source, target: r.target }));
  }
  const target = trgLang ?? locale;
  if (!target || target === DEFAULT_LOCALE || !locales.includes(target) || (locale && trgLang && locale !== trgLang)) {
    problems.push({ code: 'locale', line: 1, values: { locale: target ?? '' } });
  }
  if (problems.length) return { ok: false, problems };
  const englishFlat = new Map(BUNDLE_NAMES.flatMap((b) => [...flatten(english.get(b) ?? {})]));
  const existing = await current(target!);
  const next = new Map(BUNDLE_NAMES.map((b) => [b, flatten(existing.get(b) ?? {})]));
  const seen = new Set<string>();
  let updated = 0;
  let unchanged = 0;
  for (const unit of units) {
    const at = { where: unit.where, line: unit.line };
    const source = unit.key === null ? undefined : englishFlat.get(unit.key);
    if (unit.key === null || source === undefined) {
      problems.push({ code: 'unknownUnit', ...at });
      continue;
    }
    if (seen.has(unit.key)) problems.push({ code: 'duplicate', ...at });
    seen.add(unit.key);
    if (unit.target === '') continue;
    if (unit.source !== source) problems.push({ code: 'outdated', ...at });
    const shape = icuShapeProblem(source, unit.target);
    if (shape) problems.push({ code: shape.code, ...at, values: { detail: shape.detail } });
    else if (hasMarkup(unit.target) && !hasMarkup(source)) problems.push({ code: 'markup', ...at });
    const bundle = bundleOfKey(english, unit.key)!;
    if (next.get(bundle)!.get(unit.key) === unit.target) unchanged++;
    else updated++;
    next.get(bundle)!.set(unit.key, unit.target);
  }
  if (problems.length) return { ok: false, problems };
  const missing = [...englishFlat.keys()].filter((k) => !BUNDLE_NAMES.some((b) => next.get(b)!.get(k)));
  const files = BUNDLE_NAMES.map((bundle) => ({ bundle, messages: unflattenLike(english.get(bundle) ?? {}, next.get(bundle)!) })).filter((f) => Object.keys(f.messages).length > 0);
  return { ok: true, locale: target!, files, updated, unchanged, missing };
}
