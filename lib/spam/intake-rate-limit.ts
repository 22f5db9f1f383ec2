import { createHash, randomBytes } from 'node:crypto';

// Public submissions per client address, counted only in memory (PRODUCT P7, T1). The
// address is hashed with a salt made at process start, so even a memory dump cannot be
// matched against a list of addresses later; it is never logged or stored, and a restart
// forgets everything. The map is bounded: beyond MAX_CLIENTS the oldest entry goes.

export const INTAKE_WINDOW_MS = 60 * 60 * 1000;
export const MAX_SUBMISSIONS_PER_CLIENT = 10;
export const MAX_CLIENTS = 10_000;

const salt = randomBytes(16);
const hits = new Map<string, number[]>();

// Without a forwarded address (no reverse proxy) every visitor shares one key: stricter, never looser.
const keyOf = (client: string | null) => createHash('sha256').update(salt).update(client ?? 'unknown').digest('base64url');

function recent(key: string, now: number): number[] {
  const list = (hits.get(key) ?? []).filter((t) => now - t < INTAKE_WINDOW_MS);
  if (list.length) hits.set(key, list);
  else hits.delete(key);
  return list;
}

export function isIntakeLimited(client: string | null, now = Date.now()): boolean {
  return recent(keyOf(client), now).length >= MAX_SUBMISSIONS_PER_CLIENT;
}

export function recordIntake(client: string | null, now = Date.now()): void {
  const key = keyOf(client);
  const list = recent(key, now);
  hits.delete(key); // re-insert: Map order is then least recently used first
  hits.set(key, [...list, now]);
  while (hits.size > MAX_CLIENTS) hits.delete(hits.keys().next().value!);
}

/** For tests. */
export function resetIntakeLimits(): void {
  hits.clear();
}

export const trackedClientCount = () => hits.size;
