// The migration history must build the schema that schema.prisma describes, apply once, and be
// safe to apply again: `npm start` runs it on every boot.
import fs from 'node:fs/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, readMigrationsList, SCHEMA_PATH } from '../../scripts/lib/migrations-folder';
import { applyMigrations, diffMigrationsToSchema } from '../../scripts/lib/schema-engine';
import { createFreshDatabase, type FreshDatabase } from './support/fresh-database';

let database: FreshDatabase;

beforeAll(async () => {
  database = await createFreshDatabase('migrations');
});

afterAll(async () => {
  await database?.drop();
});

async function query<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Table names declared in schema.prisma (models without @@map keep their name). */
async function modelTableNames(): Promise<string[]> {
  const schema = await fs.readFile(SCHEMA_PATH, 'utf8');
  return [...schema.matchAll(/^model\s+(\w+)\s*\{([^}]*)\}/gm)].map(
    ([, model, body]) => body?.match(/@@map\("([^"]+)"\)/)?.[1] ?? model!,
  );
}

describe('prisma/migrations', () => {
  it('applies every migration to an empty database', async () => {
    const { migrationDirectories } = await readMigrationsList(MIGRATIONS_DIR);
    expect(migrationDirectories.length).toBeGreaterThan(0);

    const applied = await applyMigrations(database.url);

    expect(applied).toEqual(migrationDirectories.map((directory) => directory.path));
    const tables = (await query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
    )).map((row) => row.table_name);
    expect(tables).toEqual(expect.arrayContaining(['_prisma_migrations', ...(await modelTableNames())]));
  });

  it('creates the extensions search relies on', async () => {
    const extensions = (await query<{ extname: string }>('SELECT extname FROM pg_extension')).map((row) => row.extname);
    expect(extensions).toEqual(expect.arrayContaining(['pg_trgm', 'unaccent']));
    const [row] = await query<{ folded: string }>(`SELECT unaccent('Crèche Ñandú') AS folded`);
    expect(row?.folded).toBe('Creche Nandu');
  });

  it('records each migration as finished, like prisma migrate deploy', async () => {
    const rows = await query<{ finished: boolean; rolled_back_at: Date | null }>(
      'SELECT finished_at IS NOT NULL AS finished, rolled_back_at FROM _prisma_migrations',
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.finished && row.rolled_back_at === null)).toBe(true);
  });

  it('applies nothing the second time', async () => {
    expect(await applyMigrations(database.url)).toEqual([]);
  });

  it('matches schema.prisma exactly (no migration is missing)', async () => {
    // If this fails, run `npm run db:diff -- <name>` and commit the new migration.
    expect(await diffMigrationsToSchema(database.url)).toBe('');
  });
});
