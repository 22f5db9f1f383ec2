// `npm run db:restore -- --in FILE [--force]`: loads a backup into DATABASE_URL, or into the
// embedded database when it is unset. Refuses a database that holds data unless --force.
// Exit codes: 0 restored, 1 failed (nothing changed), 2 refused (bad file, non-empty target…).
import { parseArgs } from 'node:util';
import { BackupError, restoreDatabase } from './lib/backup/index';
import { resolveDatabase } from './lib/database-url';

const { values, positionals } = parseArgs({ options: { in: { type: 'string' }, force: { type: 'boolean', default: false } }, allowPositionals: true });
const file = values.in ?? positionals[0];
if (!file) {
  console.error('Usage: npm run db:restore -- --in backups/welcome-desk-….ndjson.gz [--force]');
  process.exit(2);
}

const database = await resolveDatabase();
let exitCode = 0;
try {
  const started = Date.now();
  const result = await restoreDatabase(database.connectionString, file, { force: values.force, log: (message) => console.log(message) });
  const upgraded = 'upgradedWith' in result && result.upgradedWith.length ? ` Then applied ${result.upgradedWith.length} newer migration(s).` : '';
  console.log(`Restored ${file} in ${Date.now() - started} ms.${upgraded}`);
} catch (error) {
  console.error(error instanceof BackupError ? error.message : error);
  exitCode = error instanceof BackupError ? error.exitCode : 1;
} finally {
  await database.stop();
}
// The wasm engine leaves a 10 s timer behind; don't make the user wait for it.
process.exit(exitCode);
