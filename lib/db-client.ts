import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { registerDatabasePool, reportDatabaseError } from './db-availability';
import { PrismaClient } from './generated/prisma/client';

type ConnectCallback = (error: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void;

/**
 * A pg pool that tells lib/db-availability.ts about every connection it fails to make or
 * loses. pg-pool's own query() goes through connect(callback), so both forms are covered.
 * Failed queries on a working connection (bad SQL, constraint errors) are not reported.
 */
class WatchedPool extends pg.Pool {
  /** When each request still waiting for a connection began to wait, oldest first (Map keeps insertion order). */
  private readonly waitsStartedAt = new Map<object, number>();

  constructor(config: pg.PoolConfig) {
    super(config);
    // A released client that failed with a connection error, and an idle client that the
    // server dropped (PostgreSQL sends 57P01 to every connection when it shuts down).
    this.on('release', (error) => error && reportDatabaseError(error));
    this.on('error', (error) => reportDatabaseError(error));
  }

  /** Since when the longest-waiting request has waited for a connection; null when none waits. */
  oldestWaitStartedAt(): number | null {
    for (const startedAt of this.waitsStartedAt.values()) return startedAt;
    return null;
  }

  // @ts-expect-error pg's typings list the two forms as overloads; one implementation serves both.
  override connect(callback?: ConnectCallback) {
    const wait = {};
    this.waitsStartedAt.set(wait, Date.now());
    const stopWaiting = () => this.waitsStartedAt.delete(wait);
    if (callback) {
      return super.connect((error, client, done) => {
        stopWaiting();
        if (error) reportDatabaseError(error);
        callback(error, client, done);
      });
    }
    return super.connect().finally(stopWaiting).catch((error: unknown) => {
      reportDatabaseError(error);
      throw error;
    });
  }
}

/** Opening a connection gives up after 2 s: a server that does not answer counts as down. */
const CONNECT_TIMEOUT_MS = 2_000;
/**
 * Waiting for a free connection in the pool may take longer: the proxy sheds new requests
 * once a request has waited too long (lib/db-availability.ts), so the requests already
 * admitted are served, slowly, instead of failing with a 500 after 2 s as they did before.
 */
const POOL_WAIT_TIMEOUT_MS = 8_000;

// pg-pool uses one option for both waits; the client class it creates gets the short one.
class QuickConnectClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super({ ...(typeof config === 'string' ? { connectionString: config } : config), connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  }
}

/** A fresh connection, not one from the pool (whose queue may be full): does the server answer? */
async function probe(config: pg.ClientConfig): Promise<boolean> {
  const client = new pg.Client({ ...config, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, query_timeout: CONNECT_TIMEOUT_MS });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    void client.end().catch(() => {});
  }
}

// Shared by the app (lib/db.ts) and by scripts and tests, which cannot import
// 'server-only' modules. Short timeouts: when the database is down, a page should fail
// fast (and the proxy answer 503) rather than hang (PRODUCT §10).
export function createPrismaClient(connectionString: string, options: { watched?: boolean } = {}) {
  const config: pg.PoolConfig = {
    connectionString,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    // The wait for a free pooled connection; opening one gives up sooner (the client class).
    connectionTimeoutMillis: POOL_WAIT_TIMEOUT_MS,
    Client: QuickConnectClient,
    idleTimeoutMillis: 30_000,
    statement_timeout: 10_000,
  };
  // Prisma gives up on starting a transaction after 2 s of waiting for a connection by
  // default (P2028, a 500): allow the same wait as the pool itself, so that a busy pool
  // slows a search or a save down instead of failing it.
  const transactionOptions = { maxWait: POOL_WAIT_TIMEOUT_MS };
  // Only the app's own client drives the availability state; scripts and tests make
  // clients of their own that must not.
  if (!options.watched) return new PrismaClient({ adapter: new PrismaPg(config), transactionOptions });
  // A pg.Pool at run time; only the overload typing of connect() differs.
  const pool = new WatchedPool(config);
  registerDatabasePool(pool, () => probe({ connectionString }));
  return new PrismaClient({ adapter: new PrismaPg(pool as unknown as pg.Pool), transactionOptions });
}

export type Db = ReturnType<typeof createPrismaClient>;
