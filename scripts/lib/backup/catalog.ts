// What the dump and the restore need to know about a database, read from pg_catalog.
import type pg from 'pg';
import { MIGRATIONS_TABLE } from './format';

export interface CatalogColumn {
  name: string;
  type: string;
  /** Generated columns are computed by PostgreSQL and cannot be written. */
  generated: boolean;
  /** GENERATED ALWAYS AS IDENTITY needs OVERRIDING SYSTEM VALUE to take a given value. */
  identityAlways: boolean;
}

export interface CatalogTable {
  name: string;
  columns: CatalogColumn[];
  primaryKey: string[];
}

/** Ordinary tables of the public schema, except Prisma's migrations table. */
export async function readTables(client: pg.ClientBase): Promise<CatalogTable[]> {
  const { rows } = await client.query<{ table: string; column: string; type: string; generated: string; identity: string; pk_position: number | null }>(`
    SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
           a.attgenerated AS generated, a.attidentity AS identity,
           array_position(pk.indkey::int2[], a.attnum) AS pk_position
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    LEFT JOIN pg_index pk ON pk.indrelid = c.oid AND pk.indisprimary
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> $1
    ORDER BY c.relname, a.attnum`, [MIGRATIONS_TABLE]);
  const tables = new Map<string, CatalogTable & { pk: { name: string; position: number }[] }>();
  for (const row of rows) {
    let table = tables.get(row.table);
    if (!table) tables.set(row.table, (table = { name: row.table, columns: [], primaryKey: [], pk: [] }));
    table.columns.push({ name: row.column, type: row.type, generated: row.generated !== '', identityAlways: row.identity === 'a' });
    if (row.pk_position !== null) table.pk.push({ name: row.column, position: row.pk_position });
  }
  return [...tables.values()].map(({ pk, ...table }) => ({
    ...table,
    primaryKey: pk.sort((a, b) => a.position - b.position).map((column) => column.name),
  }));
}

export async function readSequenceNames(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'S' ORDER BY c.relname`);
  return rows.map((row) => row.name);
}

export async function hasMigrationsTable(client: pg.ClientBase): Promise<boolean> {
  const { rows } = await client.query(`SELECT to_regclass('public.${MIGRATIONS_TABLE}') IS NOT NULL AS present`);
  return rows[0].present;
}

export async function readAppliedMigrations(client: pg.ClientBase): Promise<{ name: string; checksum: string }[]> {
  if (!(await hasMigrationsTable(client))) return [];
  const { rows } = await client.query<{ name: string; checksum: string }>(`
    SELECT migration_name AS name, checksum FROM public.${MIGRATIONS_TABLE}
    WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`);
  return rows;
}

export async function serverMajorVersion(client: pg.ClientBase): Promise<number> {
  const { rows } = await client.query<{ v: string }>('SHOW server_version_num');
  return Math.floor(Number(rows[0]!.v) / 10000);
}
