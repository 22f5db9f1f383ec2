// Reads a built-in backup file line by line. verifyLogicalBackup() reads it all once and checks
// every count and checksum, so a damaged file is refused before the target is touched.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BackupError, type BackupHeader, type BackupManifest } from './format';
import { sha256 } from './logical-dump';

export type BackupEvent =
  | { kind: 'header'; header: BackupHeader }
  | { kind: 'table'; name: string }
  | { kind: 'row'; values: (string | null)[] }
  | { kind: 'end'; name: string; rows: number; sha256: string }
  | { kind: 'manifest'; manifest: BackupManifest };

export async function* readLines(path: string): AsyncGenerator<string> {
  const gunzip = createGunzip();
  const file = createReadStream(path);
  file.on('error', (error) => gunzip.destroy(error));
  file.pipe(gunzip).setEncoding('utf8');
  let pending = '';
  try {
    for await (const chunk of gunzip as AsyncIterable<string>) {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop()!;
      yield* lines;
    }
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : `it is not a complete gzip file (${(error as Error).message})`;
    throw new BackupError(`Cannot read the backup ${path}: ${reason}.`);
  }
  if (pending !== '') yield pending;
}

export async function* readEvents(path: string): AsyncGenerator<BackupEvent> {
  let lineNumber = 0;
  for await (const line of readLines(path)) {
    lineNumber++;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new BackupError(`The backup ${path} is damaged: line ${lineNumber} is not valid JSON.`);
    }
    if (lineNumber === 1) yield { kind: 'header', header: checkHeader(value, path) };
    else if (Array.isArray(value)) yield { kind: 'row', values: value as (string | null)[] };
    else if (isObject(value) && typeof value.table === 'string') yield { kind: 'table', name: value.table };
    else if (isObject(value) && typeof value.end === 'string') yield { kind: 'end', name: value.end, rows: Number(value.rows), sha256: String(value.sha256) };
    else if (isObject(value) && isObject(value.manifest)) yield { kind: 'manifest', manifest: value.manifest as unknown as BackupManifest };
    else throw new BackupError(`The backup ${path} is damaged: line ${lineNumber} is not part of the format.`);
  }
}

/** Reads the whole file and returns its header and manifest, or throws a BackupError. */
export async function verifyLogicalBackup(path: string): Promise<{ header: BackupHeader; manifest: BackupManifest }> {
  let header: BackupHeader | undefined;
  let headerSha = '';
  let manifest: BackupManifest | undefined;
  let current: { name: string; rows: number; hash: ReturnType<typeof createHash>; columns: number } | null = null;
  const seen: Record<string, { rows: number; sha256: string }> = {};
  const damaged = (why: string) => new BackupError(`The backup ${path} is damaged: ${why}. Nothing was restored.`);

  for await (const event of readEvents(path)) {
    if (manifest) throw damaged('there is data after the manifest');
    if (event.kind === 'header') {
      header = event.header;
      headerSha = sha256(JSON.stringify(event.header));
    } else if (event.kind === 'table') {
      if (current) throw damaged(`table ${current.name} has no end`);
      const table = header!.tables.find((t) => t.name === event.name);
      if (!table) throw damaged(`table ${event.name} is not in the header`);
      current = { name: event.name, rows: 0, hash: createHash('sha256'), columns: table.columns.length };
    } else if (event.kind === 'row') {
      if (!current) throw damaged('a row outside any table');
      if (event.values.length !== current.columns || event.values.some((v) => v !== null && typeof v !== 'string')) {
        throw damaged(`a row of ${current.name} does not match its columns`);
      }
      current.hash.update(JSON.stringify(event.values)).update('\n');
      current.rows++;
    } else if (event.kind === 'end') {
      if (!current || current.name !== event.name) throw damaged(`unexpected end of ${event.name}`);
      const sum = current.hash.digest('hex');
      if (sum !== event.sha256 || current.rows !== event.rows) throw damaged(`the rows of ${event.name} do not match their checksum`);
      seen[event.name] = { rows: current.rows, sha256: sum };
      current = null;
    } else {
      manifest = event.manifest;
    }
  }
  if (!header) throw damaged('it is empty');
  if (!manifest) throw damaged('it ends before its manifest (truncated?)');
  if (manifest.headerSha256 !== headerSha) throw damaged('the header does not match the manifest');
  for (const table of header.tables) {
    const expected = manifest.tables[table.name];
    const actual = seen[table.name];
    if (!expected || !actual || expected.rows !== actual.rows || expected.sha256 !== actual.sha256) {
      throw damaged(`table ${table.name} is missing or differs from the manifest`);
    }
  }
  return { header, manifest };
}

function checkHeader(value: unknown, path: string): BackupHeader {
  if (!isObject(value) || value.format !== BACKUP_FORMAT) {
    throw new BackupError(`${path} is not a Welcome Desk backup.`);
  }
  if (value.version !== BACKUP_FORMAT_VERSION) {
    throw new BackupError(`${path} uses backup format version ${String(value.version)}; this version of Welcome Desk reads version ${BACKUP_FORMAT_VERSION}.`);
  }
  return value as unknown as BackupHeader;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
