// `npm test`: the whole suite against real things. A fresh database on the embedded
// PostgreSQL (or TEST_DATABASE_URL), migrated and loaded with the demo data; Vitest for
// unit and integration tests; a production build served over real HTTP; Playwright in
// Chromium. Prints one closing line "N passed, N failed".
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { buildIfNeeded } from './lib/build';
import { findChromium, HOW_TO_GET_CHROMIUM } from './lib/chromium';
import { withDatabaseName } from './lib/connection-string';
import { startEmbeddedPostgres } from './lib/embedded-postgres';
import { PROJECT_ROOT } from './lib/migrations-folder';
import { generatePrismaClient, migrateAndSeed } from './lib/prepare-database';
import { findPrivateDataInServerLog } from './lib/server-log-privacy';
import { waitForHealth } from './lib/wait-for-health';

/** Ends the run early (e.g. --vitest-only) with the outcome so far. */
class Done {
  constructor(readonly ok: boolean) {}
}

const TEST_DB = process.env.TEST_DATABASE_NAME ?? 'welcome_desk_test';
// While developing: `npm test -- --vitest-only` or `npm test -- --e2e-only [playwright args]`.
const args = process.argv.slice(2);
const runVitest = !args.includes('--e2e-only');
const runE2e = !args.includes('--vitest-only');
const extraE2eArgs = args.filter((a) => !a.startsWith('--vitest-only') && !a.startsWith('--e2e-only'));
const APP_PORT = process.env.TEST_APP_PORT ?? '3199';
const RESULTS = process.env.TEST_RESULTS_DIR ?? path.join(PROJECT_ROOT, 'test-results');

const chromium = findChromium();
if (!chromium) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}

generatePrismaClient();
const server = process.env.TEST_DATABASE_URL
  ? { connectionString: process.env.TEST_DATABASE_URL, stop: async () => {} }
  : await startEmbeddedPostgres({ dataDir: process.env.TEST_PG_DATA_DIR ?? path.join(PROJECT_ROOT, '.data', 'test-postgres'), port: Number(process.env.TEST_PG_PORT ?? 54330), databaseName: 'postgres' });
const databaseUrl = await recreateDatabase(server.connectionString, TEST_DB);
let app: ReturnType<typeof spawn> | null = null;
const counts = { passed: 0, failed: 0, skipped: 0 };
let exitCode = 1;

try {
  await migrateAndSeed(databaseUrl, { seed: true });
  rmSync(RESULTS, { recursive: true, force: true });
  // The test server is plain http://localhost: session cookies without Secure and without `__Host-`.
  // Browser tests change rows through their own client too, so the public-data cache (ADR 018) is
  // off; tests/integration/public-cache.test.ts covers it (PUBLIC_DATA_CACHE_TTL_MS=60000 npm test turns it on).
  const env = { ...process.env, DATABASE_URL: databaseUrl, CHROMIUM_PATH: chromium, NEXT_TELEMETRY_DISABLED: '1', SECURE_COOKIES: 'false', PSEUDO_LOCALE: '1', PUBLIC_DATA_CACHE_TTL_MS: process.env.PUBLIC_DATA_CACHE_TTL_MS ?? '0', APP_URL: `http://localhost:${APP_PORT}`, OUTBOX_DIR: path.join(RESULTS, 'outbox') };

  const vitest = runVitest
    ? spawnSync(process.execPath, ['--import', './scripts/lib/node20-polyfills.mjs', 'node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${RESULTS}/vitest.json`], { stdio: 'inherit', env })
    : { status: 0 };
  if (runVitest) addVitestCounts();
  if (!runE2e) throw new Done(vitest.status === 0 && counts.failed === 0);

  buildIfNeeded();
  // Its own process group, so that stopping it also stops the next-server child it forks.
  app = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', APP_PORT, '-H', 'localhost'], { stdio: ['ignore', 'pipe', 'pipe'], env, detached: true });
  // The server's output is kept (and errors still shown) to check it for visitor data below.
  mkdirSync(RESULTS, { recursive: true });
  const serverLog = path.join(RESULTS, 'server.log');
  const logFile = createWriteStream(serverLog);
  app.stdout!.pipe(logFile);
  app.stderr!.on('data', (chunk: Buffer) => {
    logFile.write(chunk);
    process.stderr.write(chunk);
  });
  // localhost, not 127.0.0.1: see the note on HOST in scripts/start.ts.
  await waitForHealth(`http://localhost:${APP_PORT}/api/health`);
  const playwright = spawnSync(process.execPath, ['node_modules/@playwright/test/cli.js', 'test', ...extraE2eArgs], {
    stdio: 'inherit',
    env: { ...env, BASE_URL: `http://localhost:${APP_PORT}`, PLAYWRIGHT_JSON_OUTPUT_NAME: `${RESULTS}/playwright.json` },
  });
  addPlaywrightCounts();
  // T1: no IP address and no search words in what the server printed during the browser tests.
  const leaks = findPrivateDataInServerLog(readFileSync(serverLog, 'utf8'));
  if (leaks.length) console.error(`Server output contains visitor data (T1):\n${leaks.slice(0, 10).join('\n')}`);
  counts[leaks.length ? 'failed' : 'passed']++;
  exitCode = vitest.status === 0 && playwright.status === 0 && counts.failed === 0 ? 0 : 1;
} catch (error) {
  if (error instanceof Done) exitCode = error.ok ? 0 : 1;
  else {
    console.error(error);
    counts.failed++;
  }
} finally {
  if (app?.pid) process.kill(-app.pid, 'SIGTERM');
  await server.stop();
}
console.log(`\n${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
process.exit(exitCode);

async function recreateDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: withDatabaseName(serverUrl, 'postgres') });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  return withDatabaseName(serverUrl, name);
}


function addVitestCounts() {
  try {
    const report = JSON.parse(readFileSync(`${RESULTS}/vitest.json`, 'utf8'));
    counts.passed += report.numPassedTests;
    counts.failed += report.numFailedTests + (report.numFailedTestSuites ?? 0);
    counts.skipped += report.numPendingTests + report.numTodoTests;
  } catch {
    counts.failed++;
  }
}

function addPlaywrightCounts() {
  try {
    const { stats } = JSON.parse(readFileSync(`${RESULTS}/playwright.json`, 'utf8'));
    counts.passed += stats.expected + stats.flaky;
    counts.failed += stats.unexpected;
    counts.skipped += stats.skipped;
  } catch {
    counts.failed++;
  }
}
