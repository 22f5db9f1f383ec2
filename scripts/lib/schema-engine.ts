// Prisma's migration workflow (migration folders, `_prisma_migrations`) without the native
// schema-engine binary: the WebAssembly build of the same engine does the work, so
// `prisma migrate deploy` stays interchangeable with these functions wherever the binary
// can be downloaded.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { SchemaContainer, SchemaFilter } from '@prisma/schema-engine-wasm';
import { LOCKFILE_CONTENT, MIGRATIONS_DIR, PROJECT_ROOT, readMigrationsList, SCHEMA_PATH } from './migrations-folder';
import { withSchemaEngine } from './schema-engine-wasm';

/** Where to read from; tests point these at fixtures. */
export interface PrismaPaths {
  schemaPath?: string;
  migrationsDir?: string;
}

// Same as leaving `tables.external` / `enums.external` empty in prisma.config.ts.
const NO_FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

async function readSchema(schemaPath = SCHEMA_PATH): Promise<SchemaContainer> {
  return { path: path.relative(PROJECT_ROOT, schemaPath), content: await fs.readFile(schemaPath, 'utf8') };
}

/**
 * Applies pending migrations from prisma/migrations and records them in `_prisma_migrations`
 * exactly as `prisma migrate deploy` does (it is the same engine call). Returns the names
 * of the migrations applied now.
 */
export async function applyMigrations(connectionString: string, paths: PrismaPaths = {}): Promise<string[]> {
  const migrationsList = await readMigrationsList(paths.migrationsDir ?? MIGRATIONS_DIR);
  const { appliedMigrationNames } = await withSchemaEngine(connectionString, await readSchema(paths.schemaPath), (engine) =>
    engine.applyMigrations({ migrationsList, filters: NO_FILTERS }),
  );
  if (appliedMigrationNames.length === 0) {
    console.log(`No pending migrations (${migrationsList.migrationDirectories.length} already applied).`);
  }
  for (const name of appliedMigrationNames) console.log(`Applied migration ${name}`);
  return appliedMigrationNames;
}

/**
 * The SQL that takes a database built from prisma/migrations to prisma/schema.prisma, or ''
 * when they agree. The engine replays the migrations into a temporary shadow database that
 * the adapter creates on the server of `connectionString` and drops afterwards; the database
 * named in `connectionString` is only used to issue CREATE/DROP DATABASE, never changed.
 */
export async function diffMigrationsToSchema(connectionString: string, paths: PrismaPaths = {}): Promise<string> {
  const migrationsList = await readMigrationsList(paths.migrationsDir ?? MIGRATIONS_DIR);
  const schema = await readSchema(paths.schemaPath);
  // Before the first migration there is no migration_lock.toml, and the engine refuses a
  // migrations source without one. We still diff from (zero) migrations rather than from
  // `empty`: the shadow database has its `public` schema, as every real database does, so
  // the script does not start with CREATE SCHEMA "public", which needs a privilege (CREATE on
  // the database) that managed databases often withhold.
  if (migrationsList.migrationDirectories.length === 0) migrationsList.lockfile.content ??= LOCKFILE_CONTENT;
  const { stdout } = await withSchemaEngine(connectionString, schema, (engine) =>
    engine.diff({
      from: { tag: 'migrations', ...migrationsList },
      to: { tag: 'schemaDatamodel', files: [schema] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    }),
  );
  return isCommentsOnly(stdout ?? '') ? '' : (stdout ?? '');
}

/** "Nothing to do" comes back as a script made only of comments. */
function isCommentsOnly(script: string): boolean {
  return script.split('\n').every((line) => line.trim() === '' || line.trim().startsWith('--'));
}
