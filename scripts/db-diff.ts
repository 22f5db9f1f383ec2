// `npm run db:diff -- <name>`: write the next migration, like `prisma migrate dev --create-only`,
// as prisma/migrations/<UTC YYYYMMDDHHMMSS>_<name>/migration.sql. The SQL is what takes a
// database built from the existing migrations to prisma/schema.prisma. Nothing is applied;
// review the file, then run `npm run db:migrate`.
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { resolveDatabase } from './lib/database-url';
import { LOCKFILE_CONTENT, LOCKFILE_NAME, MIGRATION_FILE_NAME, MIGRATIONS_DIR, PROJECT_ROOT, readMigrationsList } from './lib/migrations-folder';
import { diffMigrationsToSchema } from './lib/schema-engine';

// prisma/schema.prisma does not declare its PostgreSQL extensions (that needs a preview
// feature), so the first migration creates them: search uses trigram similarity and
// accent-insensitive matching. Built in here so that regenerating `init` keeps them.
const FIRST_MIGRATION_PREAMBLE = `-- Extensions used by search (not declared in schema.prisma)
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

`;

// Lowercase words joined by underscores, as Prisma itself names migrations.
const NAME_PATTERN = /^[a-z0-9]+(_[a-z0-9]+)*$/;

const name = process.argv[2];
if (!name || process.argv.length > 3 || !NAME_PATTERN.test(name) || name.length > 60) {
  console.error('Usage: npm run db:diff -- <name>   (lowercase letters, digits and underscores, e.g. add_event_series)');
  process.exit(1);
}

const isFirstMigration = (await readMigrationsList()).migrationDirectories.length === 0;
const database = await resolveDatabase();
let sql: string;
try {
  sql = await diffMigrationsToSchema(database.connectionString);
} finally {
  await database.stop();
}

if (sql === '') {
  console.log('No changes: the migrations already match prisma/schema.prisma. Nothing written.');
} else {
  const directory = path.join(MIGRATIONS_DIR, `${utcTimestamp(new Date())}_${name}`);
  await fs.mkdir(directory, { recursive: true });
  await fs.writeFile(path.join(directory, MIGRATION_FILE_NAME), isFirstMigration ? FIRST_MIGRATION_PREAMBLE + sql : sql);
  await writeLockfileIfMissing();
  console.log(`Wrote ${path.relative(PROJECT_ROOT, path.join(directory, MIGRATION_FILE_NAME))}. Review it, then run npm run db:migrate.`);
}

// The wasm engine leaves a 10 s timer behind; don't make the user wait for it.
process.exit(0);

function utcTimestamp(date: Date) {
  return date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

async function writeLockfileIfMissing() {
  const lockfile = path.join(MIGRATIONS_DIR, LOCKFILE_NAME);
  if (!existsSync(lockfile)) await fs.writeFile(lockfile, LOCKFILE_CONTENT);
}
