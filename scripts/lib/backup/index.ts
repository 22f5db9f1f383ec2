// `npm run db:backup` / `npm run db:restore` in one place, callable from tests.
import { open } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { PROJECT_ROOT } from '../migrations-folder';
import { readTables, serverMajorVersion } from './catalog';
import { BackupError, quoteIdentifier } from './format';
import { writeLogicalBackup } from './logical-dump';
import { restoreLogicalBackup, type RestoreOptions, type RestoreResult } from './logical-restore';
import { findPgTools, runPgDump, runPgRestore } from './pg-tools';

export { BackupError } from './format';
export const BACKUPS_DIR = path.join(PROJECT_ROOT, 'backups');

export type BackupMethod = 'auto' | 'pg_dump' | 'builtin';

export interface BackupResult {
  file: string;
  method: 'pg_dump' | 'builtin';
  rows?: number;
}

/** backups/welcome-desk-2026-12-03T21-40-00Z.<ext> */
export function defaultBackupPath(method: 'pg_dump' | 'builtin', now = new Date()): string {
  const stamp = now.toISOString().replace(/\.\d+Z$/, 'Z').replaceAll(':', '-');
  return path.join(BACKUPS_DIR, `welcome-desk-${stamp}.${method === 'pg_dump' ? 'dump' : 'ndjson.gz'}`);
}

export async function backupDatabase(connectionString: string, options: { out?: string; method?: BackupMethod } = {}): Promise<BackupResult> {
  const method = await chooseMethod(connectionString, options.method ?? 'auto');
  const file = path.resolve(options.out ?? defaultBackupPath(method.name));
  await import('node:fs/promises').then((fs) => fs.mkdir(path.dirname(file), { recursive: true }));
  if (method.name === 'pg_dump') {
    runPgDump(method.tools!, connectionString, file);
    return { file, method: 'pg_dump' };
  }
  const manifest = await writeLogicalBackup(connectionString, file);
  return { file, method: 'builtin', rows: manifest.totalRows };
}

export async function restoreDatabase(connectionString: string, file: string, options: RestoreOptions = {}): Promise<RestoreResult | { method: 'pg_dump' }> {
  const kind = await fileKind(file);
  if (kind === 'builtin') return restoreLogicalBackup(connectionString, file, options);
  // A pg_dump archive carries its own schema; pg_restore needs a client as new as the dump.
  const client = new pg.Client({ connectionString });
  await client.connect();
  let major: number;
  try {
    major = await serverMajorVersion(client);
    const tables = await readTables(client);
    for (const table of tables) {
      const { rowCount } = await client.query(`SELECT 1 FROM public.${quoteIdentifier(table.name)} LIMIT 1`);
      if (rowCount && !options.force) throw new BackupError('The target database is not empty. Restore into an empty database, or add --force to replace its contents.');
    }
  } finally {
    await client.end();
  }
  const tools = findPgTools(major);
  if (!tools) throw new BackupError(`${file} is a pg_dump archive, but no pg_restore ${major} or newer was found (set PG_DUMP_PATH).`);
  runPgRestore(tools, connectionString, file, options.force ?? false);
  return { method: 'pg_dump' };
}

async function chooseMethod(connectionString: string, wanted: BackupMethod) {
  if (wanted === 'builtin') return { name: 'builtin' as const };
  const client = new pg.Client({ connectionString });
  await client.connect();
  const major = await serverMajorVersion(client).finally(() => client.end());
  const tools = findPgTools(major);
  if (tools) return { name: 'pg_dump' as const, tools };
  if (wanted === 'pg_dump') throw new BackupError(`No pg_dump ${major} or newer was found for this PostgreSQL ${major} server (set PG_DUMP_PATH), so --method=pg_dump is impossible.`);
  return { name: 'builtin' as const };
}

/** By the first bytes: gzip (ours) or PGDMP (pg_dump's custom format). */
async function fileKind(file: string): Promise<'builtin' | 'pg_dump'> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch {
    throw new BackupError(`Cannot read the backup ${file}: the file does not exist or is not readable.`);
  }
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(5), 0, 5, 0);
    if (bytesRead >= 2 && buffer[0] === 0x1f && buffer[1] === 0x8b) return 'builtin';
    if (bytesRead === 5 && buffer.toString('latin1') === 'PGDMP') return 'pg_dump';
    throw new BackupError(`${file} is not a Welcome Desk backup (neither the built-in format nor a pg_dump archive).`);
  } finally {
    await handle.close();
  }
}
