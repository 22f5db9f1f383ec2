// `npm start`: everything a newcomer needs, in order. Embedded PostgreSQL (or DATABASE_URL),
// migrations, demo data when the database is empty, a production build when the sources
// changed, then the server on PORT. `npm run dev` does the same with `next dev`.
import { spawn } from 'node:child_process';
import { buildIfNeeded } from './lib/build';
import { prepareFonts } from './lib/fonts';
import { resolveDatabase } from './lib/database-url';
import { generatePrismaClient, migrateAndSeed } from './lib/prepare-database';

const dev = process.argv.includes('--dev');
const port = process.env.PORT ?? '3000';
// Next normalizes 127.0.0.1 to "localhost" in request URLs; bound to "-H 127.0.0.1" it
// then treats the proxy's own rewrites as external and loses their status (our 400 page
// answered 200). "localhost" binds the same loopback interface without that quirk.
const host = process.env.HOST === '127.0.0.1' ? 'localhost' : (process.env.HOST ?? '0.0.0.0');

generatePrismaClient();
const database = await resolveDatabase();
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  await database.stop();
  process.exit(code);
}

try {
  await migrateAndSeed(database.connectionString, { seed: process.env.SEED_DEMO_DATA !== 'false' });
  if (dev) prepareFonts();
  else buildIfNeeded();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
}

const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', dev ? 'dev' : 'start', '-p', port, '-H', host], {
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: database.connectionString, NEXT_TELEMETRY_DISABLED: '1' },
});
console.log(`Welcome Desk: http://localhost:${port}/ (Ctrl+C to stop)`);
server.on('exit', (code) => void shutdown(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.kill(signal);
  });
}
