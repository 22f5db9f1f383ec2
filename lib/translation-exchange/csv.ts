import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { ReadFile, ReadUnit } from './xliff';
import { parseUnitKey, unitId, type ExchangeUnit, type UnitState } from './units';

// The same units as a spreadsheet (RFC 4180, UTF-8, CRLF). The locale is not in the file:
// the upload form names it.

export const CSV_COLUMNS = ['entity', 'id', 'field', 'source', 'target', 'status'] as const;
const STATES: readonly string[] = ['missing', 'outdated', 'machine', 'reviewed'] satisfies UnitState[];

export function writeCsv(units: ExchangeUnit[]): string {
  return stringify(
    units.map((u) => [u.kind, u.id, u.field, u.source, u.target, u.state]),
    { header: true, columns: [...CSV_COLUMNS], record_delimiter: 'windows', quoted_string: false },
  );
}

export function readCsv(text: string): ReadFile {
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  try {
    rows = parse(text, { columns: true, info: true, skip_empty_lines: true, relax_column_count: false });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { trgLang: null, units: [], problems: [{ code: 'csv', line, values: { detail: (error as Error).message.split(':')[0] ?? '' } }] };
  }
  const header = parse(text, { to_line: 1 })[0] as string[] | undefined;
  const missing = CSV_COLUMNS.filter((c) => !header?.includes(c));
  if (missing.length) return { trgLang: null, units: [], problems: [{ code: 'columns', line: 1, values: { columns: missing.join(', ') } }] };
  const problems: ReadFile['problems'] = [];
  let previousEnd = 1;
  const units: ReadUnit[] = rows.map(({ record, info }) => {
    const line = previousEnd + 1;
    previousEnd = info.lines;
    const key = parseUnitKey(record.entity!, record.id!, record.field!);
    const where = key ? unitId(key) : `${record.entity}.${record.id}.${record.field}`;
    if (record.status && !STATES.includes(record.status)) problems.push({ code: 'status', where, line, values: { status: record.status } });
    return { where, line, key, source: record.source!, target: record.target! };
  });
  return { trgLang: null, units, problems };
}
