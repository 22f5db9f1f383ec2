import { createHash } from 'node:crypto';

// Sign-in attempts per email and per client address, counted in memory for a sliding
// window. Addresses are hashed before they are used as keys and are never written
// anywhere; a restart forgets everything (acceptable: the limit only slows guessing).

type Bucket = { hits: number[] };
const buckets = new Map<string, Bucket>();

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_PER_EMAIL = 5;
export const MAX_PER_CLIENT = 20;

const key = (kind: string, value: string) => `${kind}:${createHash('sha256').update(value.toLowerCase()).digest('base64url')}`;

function recent(k: string, now: number): number[] {
  const bucket = buckets.get(k);
  if (!bucket) return [];
  bucket.hits = bucket.hits.filter((t) => now - t < SIGN_IN_WINDOW_MS);
  if (bucket.hits.length === 0) buckets.delete(k);
  return bucket.hits;
}

/** True when another sign-in attempt for this email or from this client must be refused. */
export function isSignInLimited(email: string, client: string | null, now = Date.now()): boolean {
  if (recent(key('email', email), now).length >= MAX_PER_EMAIL) return true;
  return !!client && recent(key('client', client), now).length >= MAX_PER_CLIENT;
}

/** Counts a failed attempt (unknown email and wrong password alike). */
export function recordFailedSignIn(email: string, client: string | null, now = Date.now()): void {
  for (const k of [key('email', email), ...(client ? [key('client', client)] : [])]) {
    const bucket = buckets.get(k) ?? { hits: [] };
    bucket.hits.push(now);
    buckets.set(k, bucket);
  }
  if (buckets.size > 50_000) buckets.clear(); // a flood must not exhaust memory
}

export function clearSignInFailures(email: string): void {
  buckets.delete(key('email', email));
}

/** For tests. */
export function resetRateLimits(): void {
  buckets.clear();
}
