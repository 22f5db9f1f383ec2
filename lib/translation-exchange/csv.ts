import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { ReadFile, ReadUnit } from './xliff';
import { parseUnitKey, unitId, type ExchangeProblem, type UnitKey, type UnitState } from './units';

// The same units as a spreadsheet (RFC 4180, UTF-8, CRLF). The locale is not in the file:
// the upload form (or the command line) names it.

export const CSV_COLUMNS = ['entity', 'id', 'field', 'source', 'target', 'status'] as const;
export type CsvRow = { entity: string; id: string; field: string; source: string; target: string; status: UnitState };
const STATES: readonly string[] = ['missing', 'outdated', 'machine', 'reviewed'] satisfies UnitState[];

export function writeCsv(rows: CsvRow[]): string {
  return stringify(rows.map((r) => CSV_COLUMNS.map((c) => r[c])), { header: true, columns: [...CSV_COLUMNS], record_delimiter: 'windows' });
}

/** Rows with their first line number; a file without the needed columns gives none. */
export function readCsvRows(text: string): { rows: (Record<(typeof CSV_COLUMNS)[number], string> & { line: number })[]; problems: ExchangeProblem[] } {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  let header: string[] | undefined;
  try {
    header = (parse(text, { to_line: 1 }) as string[][])[0];
    records = parse(text, { columns: true, info: true, skip_empty_lines: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { rows: [], problems: [{ code: 'csv', line, values: { detail: (error as Error).message.split(':')[0] ?? '' } }] };
  }
  const missing = CSV_COLUMNS.filter((c) => !header?.includes(c));
  if (missing.length) return { rows: [], problems: [{ code: 'columns', line: 1, values: { columns: missing.join(', ') } }] };
  const problems: ExchangeProblem[] = [];
  let previousEnd = 1;
  const rows = records.map(({ record, info }) => {
    const line = previousEnd + 1;
    previousEnd = info.lines;
    if (record.status && !STATES.includes(record.status)) problems.push({ code: 'status', line, values: { status: record.status } });
    return { ...(record as Record<(typeof CSV_COLUMNS)[number], string>), line };
  });
  return { rows, problems };
}

/** Content translation units from a CSV file. */
export function readCsv(text: string): ReadFile {
  const { rows, problems } = readCsvRows(text);
  const units: ReadUnit[] = rows.map((r) => {
    const key: UnitKey | null = parseUnitKey(r.entity, r.id, r.field);
    return { where: key ? unitId(key) : `${r.entity}.${r.id}.${r.field}`, file: `${r.entity}.${r.id}`, line: r.line, key, source: r.source, target: r.target };
  });
  return { trgLang: null, units, problems };
}
