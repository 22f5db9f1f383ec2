// The built-in dump (see format.ts): used when no pg_dump as new as the server is installed.
// One REPEATABLE READ transaction gives every table the same snapshot; rows stream out through
// a cursor in primary-key order, so the file is the same for the same data.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';
import pg from 'pg';
import { readAppliedMigrations, readSequenceNames, readTables } from './catalog';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupHeader, type BackupManifest, quoteIdentifier } from './format';

const FETCH_ROWS = 2000;

/** Every value as PostgreSQL's text output: nothing is converted on the way out. */
const RAW_TEXT_TYPES = { getTypeParser: () => (value: string) => value } as unknown as pg.CustomTypesConfig;

export async function writeLogicalBackup(connectionString: string, outPath: string): Promise<BackupManifest> {
  const client = new pg.Client({ connectionString, types: RAW_TEXT_TYPES });
  await client.connect();
  // Written next to the target and renamed at the end: a failed run leaves no file that looks whole.
  const partialPath = `${outPath}.partial`;
  const out = new GzipLineWriter(partialPath);
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const tables = await readTables(client);
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      serverVersion: (await client.query('SHOW server_version')).rows[0].server_version,
      migrations: await readAppliedMigrations(client),
      tables: tables.map((table) => ({
        name: table.name,
        columns: table.columns.filter((column) => !column.generated).map(({ name, type }) => ({ name, type })),
      })),
      sequences: [],
    };
    for (const name of await readSequenceNames(client)) {
      const { rows } = await client.query(`SELECT last_value, is_called FROM public.${quoteIdentifier(name)}`);
      header.sequences.push({ name, lastValue: rows[0].last_value, isCalled: rows[0].is_called === 't' });
    }
    const headerLine = JSON.stringify(header);
    await out.line(headerLine);
    const manifest: BackupManifest = { headerSha256: sha256(headerLine), tables: {}, totalRows: 0 };

    for (const table of tables) {
      const columns = table.columns.filter((column) => !column.generated).map((column) => quoteIdentifier(column.name));
      // Without a primary key, ordering by every column still gives a stable order.
      const order = (table.primaryKey.length ? table.primaryKey.map(quoteIdentifier) : columns).join(', ');
      await client.query(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT ${columns.join(', ')} FROM public.${quoteIdentifier(table.name)} ORDER BY ${order}`);
      await out.line(JSON.stringify({ table: table.name }));
      const hash = createHash('sha256');
      let count = 0;
      for (;;) {
        const { rows } = await client.query({ text: `FETCH ${FETCH_ROWS} FROM backup_rows`, rowMode: 'array' });
        for (const row of rows) {
          const line = JSON.stringify(row);
          hash.update(line).update('\n');
          await out.line(line);
        }
        count += rows.length;
        if (rows.length < FETCH_ROWS) break;
      }
      await client.query('CLOSE backup_rows');
      const sum = hash.digest('hex');
      await out.line(JSON.stringify({ end: table.name, rows: count, sha256: sum }));
      manifest.tables[table.name] = { rows: count, sha256: sum };
      manifest.totalRows += count;
    }
    await client.query('COMMIT');
    await out.line(JSON.stringify({ manifest }));
    await out.close();
    await fs.rename(partialPath, outPath);
    return manifest;
  } catch (error) {
    await out.abort();
    await fs.rm(partialPath, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Lines into a gzip file, waiting when the disk is slower than the database. */
class GzipLineWriter {
  private readonly gzip = createGzip({ level: 6 });
  private readonly file;
  private readonly finished: Promise<unknown>;

  constructor(path: string) {
    this.file = createWriteStream(path, { flags: 'wx' });
    this.gzip.pipe(this.file);
    this.finished = once(this.file, 'close');
    // Surface a disk error at the next write instead of as an unhandled event.
    this.gzip.on('error', () => {});
    this.file.on('error', (error) => this.gzip.destroy(error));
  }

  async line(text: string) {
    if (this.gzip.destroyed) throw this.gzip.errored ?? new Error('backup file closed');
    if (!this.gzip.write(`${text}\n`)) await once(this.gzip, 'drain');
  }

  async close() {
    this.gzip.end();
    await this.finished;
    if (this.file.errored) throw this.file.errored;
  }

  async abort() {
    this.gzip.destroy();
    this.file.destroy();
  }
}
