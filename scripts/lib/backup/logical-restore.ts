// Restores a built-in backup: checks the whole file first, builds the schema with the app's own
// migrations (up to the ones the backup was taken at), then loads every row in ONE transaction
// with triggers and foreign keys set aside (session_replication_role = replica), sets the
// sequences and checks the counts before committing. Any failure rolls the data back entirely.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { LOCKFILE_NAME, MIGRATIONS_DIR, readMigrationsList } from '../migrations-folder';
import { applyMigrations } from '../schema-engine';
import { readAppliedMigrations, readTables, type CatalogTable } from './catalog';
import { BackupError, type BackupHeader, quoteIdentifier } from './format';
import { readEvents, verifyLogicalBackup } from './logical-file';

/** PostgreSQL allows 65,535 parameters per statement; stay well under it. */
const MAX_PARAMETERS = 30_000;
const MAX_BATCH_ROWS = 1_000;

export interface RestoreOptions {
  /** Replace the rows of a target that already holds data. */
  force?: boolean;
  log?: (message: string) => void;
}

export interface RestoreResult {
  rows: number;
  tables: number;
  /** Migrations newer than the backup, applied after the data was loaded. */
  upgradedWith: string[];
}

export async function restoreLogicalBackup(connectionString: string, file: string, options: RestoreOptions = {}): Promise<RestoreResult> {
  const log = options.log ?? (() => {});
  const { header, manifest } = await verifyLogicalBackup(file);
  log(`Backup checked: ${manifest.totalRows} rows in ${header.tables.length} tables, taken ${header.createdAt}.`);

  const known = (await readMigrationsList(MIGRATIONS_DIR)).migrationDirectories.map((m) => m.path);
  const unknown = header.migrations.filter((m) => !known.includes(m.name)).map((m) => m.name);
  if (unknown.length) {
    throw new BackupError(`The backup was taken by a newer version of Welcome Desk (migrations this code does not have: ${unknown.join(', ')}). Restore it with that version.`);
  }

  await checkTarget(connectionString, header, options.force ?? false);
  await applyRecordedMigrations(connectionString, header.migrations.map((m) => m.name));

  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query('BEGIN');
    // Rows go in table by table, so foreign keys and the app's triggers (search refresh,
    // append-only audit log) must wait: replica mode skips both, for this transaction only.
    await client.query('SET LOCAL session_replication_role = replica').catch((error: Error) => {
      throw new BackupError(`The restore needs to set session_replication_role (${error.message}). Run it as a superuser, or once: GRANT SET ON PARAMETER session_replication_role TO <the app's role>; (PostgreSQL 15+). Nothing was restored.`);
    });
    const tables = new Map((await readTables(client)).map((table) => [table.name, table]));
    if (options.force) {
      const names = [...tables.keys()].map((name) => `public.${quoteIdentifier(name)}`);
      if (names.length) await client.query(`TRUNCATE ${names.join(', ')}`);
    }
    await loadRows(client, file, header, tables);
    for (const sequence of header.sequences) {
      await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [`public.${quoteIdentifier(sequence.name)}`, sequence.lastValue, sequence.isCalled]);
    }
    for (const table of header.tables) {
      const { rows } = await client.query(`SELECT count(*)::bigint AS n FROM public.${quoteIdentifier(table.name)}`);
      if (Number(rows[0].n) !== manifest.tables[table.name]!.rows) {
        throw new BackupError(`After loading, ${table.name} holds ${rows[0].n} rows instead of ${manifest.tables[table.name]!.rows}. Nothing was restored.`, 1);
      }
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  log(`Loaded ${manifest.totalRows} rows.`);
  // The code may be newer than the backup: bring the schema (and the restored rows) up to date.
  const upgradedWith = await applyMigrations(connectionString);
  return { rows: manifest.totalRows, tables: header.tables.length, upgradedWith };
}

/** Refuses a target with data (unless forced) or with a schema newer than the backup. */
async function checkTarget(connectionString: string, header: BackupHeader, force: boolean) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const applied = (await readAppliedMigrations(client)).map((m) => m.name);
    const recorded = header.migrations.map((m) => m.name);
    const newer = applied.filter((name) => !recorded.includes(name));
    if (newer.length) {
      throw new BackupError(`The target database has migrations the backup does not (${newer.join(', ')}). Restore into a fresh, empty database; \`npm run db:restore\` upgrades it afterwards.`);
    }
    // Checked now, before the migrations create anything: the load needs replica mode.
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica').catch((error: Error) => {
      throw new BackupError(`The restore needs to set session_replication_role (${error.message}). Run it as a superuser, or once: GRANT SET ON PARAMETER session_replication_role TO <the app's role>; (PostgreSQL 15+). Nothing was restored.`);
    }).finally(() => client.query('ROLLBACK'));
    const withRows: string[] = [];
    for (const table of await readTables(client)) {
      const { rowCount } = await client.query(`SELECT 1 FROM public.${quoteIdentifier(table.name)} LIMIT 1`);
      if (rowCount) withRows.push(table.name);
    }
    if (withRows.length && !force) {
      throw new BackupError(`The target database is not empty (${withRows.slice(0, 5).join(', ')}${withRows.length > 5 ? ', …' : ''} hold rows). Restore into an empty database, or add --force to replace its contents.`);
    }
  } finally {
    await client.end();
  }
}

/** Runs exactly the migrations the backup was taken at, through the normal migration code. */
async function applyRecordedMigrations(connectionString: string, names: string[]) {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'welcome-desk-restore-'));
  try {
    await fs.copyFile(path.join(MIGRATIONS_DIR, LOCKFILE_NAME), path.join(folder, LOCKFILE_NAME));
    for (const name of names) await fs.cp(path.join(MIGRATIONS_DIR, name), path.join(folder, name), { recursive: true });
    await applyMigrations(connectionString, { migrationsDir: folder });
  } finally {
    await fs.rm(folder, { recursive: true, force: true });
  }
}

async function loadRows(client: pg.Client, file: string, header: BackupHeader, tables: Map<string, CatalogTable>) {
  let insert: ((rows: (string | null)[][]) => Promise<void>) | null = null;
  let batch: (string | null)[][] = [];
  let batchLimit = MAX_BATCH_ROWS;
  const flush = async () => {
    if (batch.length && insert) await insert(batch);
    batch = [];
  };
  for await (const event of readEvents(file)) {
    if (event.kind === 'table') {
      const saved = header.tables.find((t) => t.name === event.name)!;
      const target = tables.get(event.name);
      if (!target) throw new BackupError(`The restored schema has no table ${event.name}. Nothing was restored.`, 1);
      insert = insertStatement(target, saved.columns.map((c) => c.name), client);
      batchLimit = Math.max(1, Math.min(MAX_BATCH_ROWS, Math.floor(MAX_PARAMETERS / Math.max(1, saved.columns.length))));
    } else if (event.kind === 'row') {
      batch.push(event.values);
      if (batch.length >= batchLimit) await flush();
    } else if (event.kind === 'end') {
      await flush();
      insert = null;
    }
  }
}

function insertStatement(table: CatalogTable, columnNames: string[], client: pg.Client) {
  const columns = columnNames.map((name) => {
    const column = table.columns.find((c) => c.name === name);
    if (!column || column.generated) throw new BackupError(`Column ${table.name}.${name} of the backup does not exist in the restored schema. Nothing was restored.`, 1);
    return column;
  });
  const overriding = columns.some((c) => c.identityAlways) ? ' OVERRIDING SYSTEM VALUE' : '';
  const target = `public.${quoteIdentifier(table.name)} (${columns.map((c) => quoteIdentifier(c.name)).join(', ')})`;
  return async (rows: (string | null)[][]) => {
    let n = 0;
    // Each value goes back through its type's input function: the text form is exact.
    const tuples = rows.map(() => `(${columns.map((c) => `$${++n}::${c.type}`).join(', ')})`);
    await client.query(`INSERT INTO ${target}${overriding} VALUES ${tuples.join(', ')}`, rows.flat());
  };
}
