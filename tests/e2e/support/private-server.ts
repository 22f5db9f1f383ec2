import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { withDatabaseName } from '../../../scripts/lib/connection-string';
import { startEmbeddedPostgres, type RunningDatabase } from '../../../scripts/lib/embedded-postgres';
import { PROJECT_ROOT } from '../../../scripts/lib/migrations-folder';
import { migrateAndSeed } from '../../../scripts/lib/prepare-database';

// A PostgreSQL and a `next start` of this test's own (issue 10 point 4), so that a test can
// stop the database or kill the server without touching the shared test server. The app
// runs the existing production build (.next) that `npm test` made.

const PG_PORT = Number(process.env.TEST_PG_PORT ?? 54330) + 7;
export const PRIVATE_APP_PORT = Number(process.env.TEST_APP_PORT ?? 3199) + 7;
export const PRIVATE_BASE_URL = `http://localhost:${PRIVATE_APP_PORT}`;
const DATA_DIR = path.join(PROJECT_ROOT, '.data', `faults-postgres-${PG_PORT}`);
const DATABASE = 'welcome_desk_faults';

export class PrivateDatabase {
  private server: RunningDatabase | null = null;
  url = '';

  async start(): Promise<void> {
    this.server = await startEmbeddedPostgres({ dataDir: DATA_DIR, port: PG_PORT, databaseName: 'postgres' });
    this.url = withDatabaseName(this.server.connectionString, DATABASE);
  }

  /** A fresh database, migrated and loaded with the demo directory. */
  async recreate(): Promise<void> {
    const client = new pg.Client({ connectionString: this.server!.connectionString });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${DATABASE}`);
    await client.end();
    await migrateAndSeed(this.url, { seed: true });
  }

  /** PostgreSQL's own fast shutdown (every connection is ended), as in a crash or restart of the database. */
  async stop(): Promise<void> {
    await this.server?.stop();
    this.server = null;
  }
}

export class PrivateApp {
  private child: ChildProcess | null = null;

  constructor(private readonly env: Record<string, string>) {}

  async start(): Promise<void> {
    this.child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(PRIVATE_APP_PORT), '-H', 'localhost'], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true, // its own process group: killing it also kills the next-server it forks
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SECURE_COOKIES: 'false', APP_URL: PRIVATE_BASE_URL, ...this.env },
    });
    this.child.stderr!.resume();
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      try {
        if ((await fetch(`${PRIVATE_BASE_URL}/api/health`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error('the private app did not become healthy');
  }

  /** SIGKILL: no shutdown handler runs, as when the machine loses power or the OOM killer strikes. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      process.kill(-child.pid, signal);
    } catch {
      return; // already gone
    }
    // A SIGTERM that is not honoured in 5 s becomes a SIGKILL.
    const timer = setTimeout(() => { try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* gone */ } }, 5_000);
    await exited;
    clearTimeout(timer);
    // The port is free once the process group is gone; give the kernel a moment.
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
