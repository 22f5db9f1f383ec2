// `npm run db:migrate`: apply pending migrations, like `prisma migrate deploy` but without the
// engine binary download. Targets DATABASE_URL, or the embedded server when it is unset.
import { resolveDatabase } from './lib/database-url';
import { applyMigrations } from './lib/schema-engine';

const database = await resolveDatabase();
try {
  const started = Date.now();
  await applyMigrations(database.connectionString);
  console.log(`Migrations done in ${Date.now() - started} ms.`);
} finally {
  await database.stop();
}
// The wasm engine leaves a 10 s timer behind; don't make the user wait for it.
process.exit(0);
