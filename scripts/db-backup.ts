// `npm run db:backup [-- --out FILE] [--method auto|pg_dump|builtin]`: a backup of DATABASE_URL,
// or of the embedded database (started as `npm start` would) when it is unset.
// Exit codes: 0 written, 1 failed, 2 bad arguments or unusable setup.
import { parseArgs } from 'node:util';
import { backupDatabase, BackupError, type BackupMethod } from './lib/backup/index';
import { resolveDatabase } from './lib/database-url';

const { values } = parseArgs({ options: { out: { type: 'string' }, method: { type: 'string', default: 'auto' } } });
if (!['auto', 'pg_dump', 'builtin'].includes(values.method!)) {
  console.error('--method must be auto, pg_dump or builtin.');
  process.exit(2);
}

const database = await resolveDatabase();
let exitCode = 0;
try {
  const started = Date.now();
  const result = await backupDatabase(database.connectionString, { out: values.out, method: values.method as BackupMethod });
  const size = (await import('node:fs')).statSync(result.file).size;
  console.log(`Backup written (${result.method}${result.rows !== undefined ? `, ${result.rows} rows` : ''}, ${(size / 1024).toFixed(0)} KB, ${Date.now() - started} ms): ${result.file}`);
} catch (error) {
  console.error(error instanceof BackupError ? error.message : error);
  exitCode = error instanceof BackupError ? error.exitCode : 1;
} finally {
  await database.stop();
}
process.exit(exitCode);
