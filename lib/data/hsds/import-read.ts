import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { HSDS_TABLES, tableByPath, type Row, type TableName, type Tables } from './tabular';

// Upload bytes → tables (I2). Everything that can go wrong with a file is reported as a
// problem with its file and row, never thrown: zip bombs, bad quoting, a wrong encoding,
// missing headers. A single CSV is read as services.csv unless named like another table.

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const MAX_UNZIPPED_BYTES = 60 * 1024 * 1024;
const MAX_FILE_BYTES = 30 * 1024 * 1024;
const MAX_FILES = 40;

export type Problem = { file: string; row?: number; code: string; params?: Record<string, string> };
export type ReadUpload = { tables: Tables; rowNumbers: Partial<Record<TableName, number[]>>; problems: Problem[]; ignoredFiles: string[] };

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

export function readUpload(fileName: string, bytes: Uint8Array): ReadUpload {
  const out: ReadUpload = { tables: {}, rowNumbers: {}, problems: [], ignoredFiles: [] };
  if (bytes.byteLength > MAX_UPLOAD_BYTES) return { ...out, problems: [{ file: fileName, code: 'tooLarge' }] };
  if (!isZip(bytes)) {
    readCsv(out, tableByPath(baseName(fileName)) ?? 'service', fileName, bytes);
    return out;
  }
  let entries: Record<string, Uint8Array>;
  try {
    let declared = 0;
    let count = 0;
    entries = unzipSync(bytes, {
      // Refuse before inflating: the sizes the archive declares, per file and in total.
      filter: (file) => {
        count += 1;
        declared += file.originalSize;
        if (count > MAX_FILES || file.originalSize > MAX_FILE_BYTES || declared > MAX_UNZIPPED_BYTES) throw new Error('too large');
        const wanted = file.name.endsWith('.csv') || file.name.endsWith('datapackage.json');
        if (!wanted && !file.name.endsWith('/')) out.ignoredFiles.push(baseName(file.name));
        return wanted;
      },
    });
  } catch (error) {
    const code = error instanceof Error && error.message === 'too large' ? 'tooLarge' : 'unreadableZip';
    return { ...out, problems: [{ file: fileName, code }] };
  }
  const total = Object.values(entries).reduce((sum, data) => sum + data.byteLength, 0);
  if (total > MAX_UNZIPPED_BYTES) return { ...out, problems: [{ file: fileName, code: 'tooLarge' }] };
  for (const [path, data] of Object.entries(entries).sort(([a], [b]) => a.localeCompare(b))) {
    const name = baseName(path);
    if (name === 'datapackage.json') continue;
    const table = tableByPath(name);
    if (!table) out.ignoredFiles.push(name);
    else if (out.tables[table]) out.problems.push({ file: name, code: 'duplicateFile' });
    else readCsv(out, table, name, data);
  }
  if (Object.keys(out.tables).length === 0) out.problems.push({ file: fileName, code: 'noTables' });
  return out;
}

const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

function readCsv(out: ReadUpload, table: TableName, file: string, bytes: Uint8Array) {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    out.problems.push({ file, code: 'encoding' });
    return;
  }
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: false, info: false });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    out.problems.push({ file, row: line, code: 'csvSyntax' });
    return;
  }
  const [header, ...body] = records;
  if (!header || header.every((h) => h.trim() === '')) {
    out.problems.push({ file, code: 'noHeader' });
    return;
  }
  const columns = header.map((h) => h.trim().toLowerCase());
  const seen = new Set<string>();
  for (const column of columns) {
    if (seen.has(column)) out.problems.push({ file, row: 1, code: 'duplicateColumn', params: { column } });
    seen.add(column);
  }
  const missing = HSDS_TABLES[table].required.filter((c) => !seen.has(c));
  for (const column of missing) out.problems.push({ file, row: 1, code: 'missingColumn', params: { column } });
  if (missing.length > 0) return;
  out.tables[table] = body.map((values) => Object.fromEntries(columns.map((c, i) => [c, (values[i] ?? '').trim()])) as Row);
  // Row 1 is the header; data rows count from 2, as a spreadsheet shows them.
  out.rowNumbers[table] = body.map((_, i) => i + 2);
}
