// Whether the database can serve requests right now (PRODUCT §10, issue 10 point 4).
// One state per server process, on globalThis: the proxy (proxy.ts) and the renderer run in
// the same Node process but are bundled separately, so a module-level variable would not
// be shared between them. Nothing here imports pg: the pool (lib/db-client.ts) reports
// what it sees and registers the probe that brings the state back up.

/** How often a down database is probed (a fresh connection and `SELECT 1`). */
export const PROBE_INTERVAL_MS = 500;
/** How long requests are shed after the pool could not hand out a connection in time. */
export const OVERLOAD_HOLD_MS = 500;
/** What a 503 tells clients (seconds): the probe usually sees a returning database within a second. */
export const RETRY_AFTER_SECONDS = 5;

export interface PoolGauge {
  readonly waitingCount: number;
  readonly options: { max?: number };
  /** Since when (ms epoch) the longest-waiting request has waited for a connection; null when none waits. */
  oldestWaitStartedAt(): number | null;
}

interface AvailabilityState {
  down: boolean;
  downSince: number;
  overloadedUntil: number;
  probing: boolean;
  timer: ReturnType<typeof setInterval> | null;
  probe: (() => Promise<boolean>) | null;
  pool: PoolGauge | null;
}

const KEY = Symbol.for('welcome-desk.db-availability');
const holder = globalThis as unknown as { [KEY]?: AvailabilityState };

function state(): AvailabilityState {
  return (holder[KEY] ??= { down: false, downSince: 0, overloadedUntil: 0, probing: false, timer: null, probe: null, pool: null });
}

/** The app's pool registers itself: its queue decides load shedding, its probe ends an outage. */
export function registerDatabasePool(pool: PoolGauge, probe: () => Promise<boolean>): void {
  const current = state();
  current.pool = pool;
  current.probe = probe;
}

// Errors that say "no connection to the database", as opposed to a bad query. Node socket
// codes, pg's own messages for a dropped or refused connection, and PostgreSQL's codes for
// a server that is shutting down or starting up (class 57P, 08xxx connection exceptions).
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);
const CONNECTION_MESSAGES = /Connection terminated|connection timeout|terminating connection|the database system is (shutting down|starting up)|Client has encountered a connection error/i;

export function isConnectionError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { code, message, errors } = error as { code?: unknown; message?: unknown; errors?: unknown };
  if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true;
  if (typeof message === 'string' && CONNECTION_MESSAGES.test(message)) return true;
  // Node reports a refused localhost connection as an AggregateError (IPv6 and IPv4 both refused).
  return Array.isArray(errors) && errors.some(isConnectionError);
}

/** pg-pool's message when no connection was free within connectionTimeoutMillis. */
export const isPoolTimeout = (error: unknown) => error instanceof Error && /timeout exceeded when trying to connect/i.test(error.message);

/** Called by the pool on every failure it sees; decides whether it means "down" or "overloaded". */
export function reportDatabaseError(error: unknown): void {
  if (isPoolTimeout(error)) noteOverload();
  else if (isConnectionError(error)) markDatabaseDown();
}

export function markDatabaseDown(): void {
  const current = state();
  if (!current.down) {
    current.down = true;
    current.downSince = Date.now();
    console.error('Database unavailable: answering 503 until it returns.');
  }
  // Probe until it answers. unref(): the timer never keeps a script or test process alive.
  current.timer ??= setInterval(() => void probeOnce(), PROBE_INTERVAL_MS);
  current.timer.unref?.();
}

export function markDatabaseUp(): void {
  const current = state();
  if (current.timer) clearInterval(current.timer);
  current.timer = null;
  if (current.down) console.error(`Database available again after ${Date.now() - current.downSince} ms.`);
  current.down = false;
}

export function noteOverload(now = Date.now()): void {
  state().overloadedUntil = now + OVERLOAD_HOLD_MS;
}

async function probeOnce(): Promise<void> {
  const current = state();
  if (current.probing || !current.probe) return;
  current.probing = true;
  try {
    if (await current.probe()) markDatabaseUp();
  } finally {
    current.probing = false;
  }
}

export type Availability = 'up' | 'down' | 'overloaded';

/**
 * What the proxy asks before every page: free (no I/O). "overloaded" when a request has
 * waited for a connection longer than SHED_AFTER_WAIT_MS (or did recently), or when the queue
 * is far longer than the pool could ever serve in time.
 *
 * Time, not queue length, is the signal: a page makes several queries, so at 50 visitors a
 * queue of dozens is normal and clears in milliseconds; shedding on its length turned
 * ordinary load into 503s (bench:load, 2026-12-04). A request that waited seconds for a
 * connection means the requests behind it would too.
 */
export function databaseAvailability(now = Date.now()): Availability {
  const current = state();
  if (current.down) return 'down';
  if (now < current.overloadedUntil) return 'overloaded';
  const pool = current.pool;
  if (!pool) return 'up';
  const oldest = pool.oldestWaitStartedAt();
  if ((oldest !== null && now - oldest > SHED_AFTER_WAIT_MS) || pool.waitingCount >= queueLimit(pool.options.max ?? 10)) {
    noteOverload(now);
    return 'overloaded';
  }
  return 'up';
}

/** New requests are shed once a request has waited this long for a connection (the wait may last 8 s). */
export const SHED_AFTER_WAIT_MS = 2_000;

/** A backstop for a sudden burst, before any request has waited long: 25 waiting requests per connection. */
export const queueLimit = (poolSize: number) => Math.max(100, 25 * poolSize);
