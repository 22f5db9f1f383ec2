import 'server-only';

// In-process cache for public reads that are the same for every visitor in a locale
// (ADR 018): settings, category tiles with their counts, the rows behind service,
// organization, event and guide pages, category lists. Pages stay rendered per request
// (nonce CSP, ADR 003); only the database reads behind them are kept.
//
// - Bounded: at most MAX_ENTRIES keys, least recently used dropped first.
// - Short-lived: entries expire after PUBLIC_DATA_CACHE_TTL_MS (default 60 s), which bounds
//   staleness for what this process cannot see: writes by another process (CLI imports,
//   another server instance) and the clock (a listing's verification running out).
// - Emptied on every write to listing data made by this process: lib/db.ts calls
//   publicDataChanged() before and after each such write, and again after each transaction
//   that made one commits (see lib/db.ts).
// - Concurrent misses for one key share one read (no stampede at 200 connections).
// - Never per-user data: callers pass only the locale and public identifiers in the key.
// Values are shared between requests: callers must not mutate what they get.

const MAX_ENTRIES = 3000;

type Entry = { value: Promise<unknown>; expires: number };
type State = { entries: Map<string, Entry>; generation: number; hits: number; misses: number };

// On globalThis: Next may load this module more than once in one server process (one copy
// per bundle layer); they must share one cache and one invalidation.
const globalForCache = globalThis as unknown as { welcomeDeskPublicCache?: State };
const state = (globalForCache.welcomeDeskPublicCache ??= { entries: new Map(), generation: 0, hits: 0, misses: 0 });

function ttlMs(): number {
  const value = Number(process.env.PUBLIC_DATA_CACHE_TTL_MS ?? 60_000);
  return Number.isFinite(value) && value > 0 ? value : 0;
}

/** Listing data changed: every cached public read is dropped. */
export function publicDataChanged(): void {
  state.generation++;
  state.entries.clear();
}

/** What the cache holds, for tests and the load benchmark's notes. */
export function publicCacheStats() {
  return { entries: state.entries.size, generation: state.generation, hits: state.hits, misses: state.misses };
}

/**
 * The value of `read()` for `key`, from the cache while fresh. `key` must name everything
 * the read depends on (kind, locale, slug, page...).
 */
export async function cachedPublicRead<T>(key: string, read: () => Promise<T>): Promise<T> {
  const ttl = ttlMs();
  if (!ttl) return read();
  const now = Date.now();
  const hit = state.entries.get(key);
  if (hit && hit.expires > now) {
    state.hits++;
    // Map keeps insertion order: re-inserting marks the key as recently used.
    state.entries.delete(key);
    state.entries.set(key, hit);
    return hit.value as Promise<T>;
  }
  state.misses++;
  const generation = state.generation;
  const value = read();
  const entry: Entry = { value, expires: now + ttl };
  state.entries.set(key, entry);
  if (state.entries.size > MAX_ENTRIES) state.entries.delete(state.entries.keys().next().value!);
  try {
    await value;
  } catch {
    // A failed read (database down) is not kept: the next request tries again.
    if (state.entries.get(key) === entry) state.entries.delete(key);
    return value;
  }
  // A write that began while this read ran may or may not be in what it saw: do not keep it.
  if (state.generation !== generation && state.entries.get(key) === entry) state.entries.delete(key);
  return value;
}
