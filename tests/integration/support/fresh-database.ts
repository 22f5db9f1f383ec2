// Each integration test file works in a database of its own, created empty on the server the
// test runner provides (DATABASE_URL) and dropped afterwards, so files never see each other's
// data and a failed run leaves nothing that the next one depends on.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { withDatabaseName } from '../../../scripts/lib/connection-string';
import { startEmbeddedPostgres } from '../../../scripts/lib/embedded-postgres';

export interface FreshDatabase {
  url: string;
  /** Drops the database (and stops the server if this helper started it). */
  drop(): Promise<void>;
}

// Used only when the tests run without `npm test` (e.g. `npx vitest`) and DATABASE_URL is unset.
const FALLBACK_DATA_DIR = '.data/test-postgres';
const FALLBACK_PORT = 54330;

export async function createFreshDatabase(purpose: string): Promise<FreshDatabase> {
  const server = process.env.DATABASE_URL
    ? { connectionString: process.env.DATABASE_URL, stop: async () => {} }
    : await startEmbeddedPostgres({ dataDir: FALLBACK_DATA_DIR, port: FALLBACK_PORT, databaseName: 'postgres' });

  const name = `welcome_test_${purpose}_${randomBytes(4).toString('hex')}`;
  await runOnServer(server.connectionString, `CREATE DATABASE "${name}"`);

  return {
    url: withDatabaseName(server.connectionString, name),
    async drop() {
      // FORCE (PostgreSQL 13+) ends connections a failed test may have left open.
      await runOnServer(server.connectionString, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await server.stop();
    },
  };
}

async function runOnServer(connectionString: string, sql: string) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
