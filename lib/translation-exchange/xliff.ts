import { escapeXml, parseStrictXml, XmlError, type XmlElement } from './strict-xml';
import { parseUnitId, unitId, type ExchangeProblem, type ExchangeUnit, type UnitKey, type UnitState } from './units';

/** A unit as written: `file` groups units (a listing, or a message bundle). */
export type XliffUnit = { file: string; fileLabel: string; id: string; name: string; source: string; target: string; state: UnitState };

export const contentXliffUnit = (u: ExchangeUnit): XliffUnit => ({ file: `${u.kind}.${u.id}`, fileLabel: u.label, id: unitId(u), name: u.field, source: u.source, target: u.target, state: u.state });

// XLIFF 2.0 (OASIS): one <file> per listing, one <unit> per field, one <segment> each.

export const XLIFF_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';

const STATE: Record<UnitState, 'initial' | 'translated' | 'reviewed'> = { missing: 'initial', outdated: 'initial', machine: 'translated', reviewed: 'reviewed' };

export function writeXliff(units: XliffUnit[], srcLang: string, trgLang: string): string {
  const files = new Map<string, XliffUnit[]>();
  for (const u of units) files.set(u.file, [...(files.get(u.file) ?? []), u]);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF_NAMESPACE}" version="2.0" srcLang="${escapeXml(srcLang)}" trgLang="${escapeXml(trgLang)}">`,
  ];
  for (const [id, fileUnits] of files) {
    out.push(`  <file id="${escapeXml(id)}" xml:space="preserve">`, `    <notes><note category="label">${escapeXml(fileUnits[0]!.fileLabel)}</note></notes>`);
    for (const u of fileUnits) {
      const target = u.state === 'missing' ? '' : `<target>${escapeXml(u.target)}</target>`;
      out.push(`    <unit id="${escapeXml(u.id)}" name="${escapeXml(u.name)}">`, `      <segment state="${STATE[u.state]}"><source>${escapeXml(u.source)}</source>${target}</segment>`, '    </unit>');
    }
    out.push('  </file>');
  }
  out.push('</xliff>', '');
  return out.join('\n');
}

export type ReadUnit<K = UnitKey> = { where: string; file: string; line: number; key: K | null; source: string; target: string };
export type ReadFile<K = UnitKey> = { trgLang: string | null; units: ReadUnit<K>[]; problems: ExchangeProblem[] };

const isBlank = (n: XmlElement['children'][number]) => typeof n === 'string' && n.trim() === '';

/** Reads a translated XLIFF 2.0 file; structure problems are collected, not thrown. */
export function readXliff<K = UnitKey>(text: string, srcLang: string, keyOf: (unitId: string, fileId: string) => K | null = parseUnitId as never): ReadFile<K> {
  let root: XmlElement;
  try {
    root = parseStrictXml(text);
  } catch (error) {
    if (error instanceof XmlError) return { trgLang: null, units: [], problems: [{ code: error.code, line: error.line }] };
    throw error;
  }
  const problems: ExchangeProblem[] = [];
  if (root.name !== 'xliff') return { trgLang: null, units: [], problems: [{ code: 'notXliff', line: root.line }] };
  if (root.attrs.xmlns !== XLIFF_NAMESPACE || root.attrs.version !== '2.0') {
    return { trgLang: null, units: [], problems: [{ code: 'version', line: root.line, values: { version: root.attrs.version ?? '' } }] };
  }
  if (root.attrs.srcLang !== srcLang) problems.push({ code: 'locale', line: root.line, values: { locale: root.attrs.srcLang ?? '' } });
  const units: ReadUnit<K>[] = [];
  const unexpected = (el: XmlElement['children'][number], line: number, where?: string) => {
    if (isBlank(el)) return;
    problems.push({ code: 'unknownElement', line: typeof el === 'string' ? line : el.line, where, values: { element: typeof el === 'string' ? '#text' : el.name } });
  };
  const readContainer = (container: XmlElement, file: string) => {
    for (const child of container.children) {
      if (typeof child !== 'string' && child.name === 'notes') continue;
      if (typeof child !== 'string' && child.name === 'unit') units.push(readUnit(child, file));
      else if (typeof child !== 'string' && child.name === 'group') readContainer(child, file);
      else unexpected(child, container.line);
    }
  };
  const readUnit = (unit: XmlElement, file: string): ReadUnit<K> => {
    const where = unit.attrs.id ?? '';
    let source = '';
    let target = '';
    for (const part of unit.children) {
      if (typeof part !== 'string' && part.name === 'notes') continue;
      if (typeof part === 'string' || (part.name !== 'segment' && part.name !== 'ignorable')) {
        unexpected(part, unit.line, where);
        continue;
      }
      for (const el of part.children) {
        if (typeof el === 'string' || (el.name !== 'source' && el.name !== 'target')) {
          unexpected(el, part.line, where);
          continue;
        }
        // Listing texts are plain text: inline codes (<pc>, <ph>, <mrk>…) have nowhere to go.
        if (el.children.some((c) => typeof c !== 'string')) problems.push({ code: 'markup', where, line: el.line });
        const content = el.children.filter((c) => typeof c === 'string').join('');
        if (el.name === 'source') source += content;
        else target += content;
      }
    }
    return { where, file, line: unit.line, key: keyOf(where, file), source, target };
  };
  for (const file of root.children) {
    if (typeof file !== 'string' && file.name === 'file') readContainer(file, file.attrs.id ?? '');
    else unexpected(file, root.line);
  }
  return { trgLang: root.attrs.trgLang ?? null, units, problems };
}
