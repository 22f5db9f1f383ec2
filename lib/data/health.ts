import 'server-only';
import { databaseAvailability } from '../db-availability';
import { db } from '../db';

/**
 * True when the database answers a trivial query within the timeout. While it is known to
 * be down (lib/db-availability.ts) the answer is immediate: the probe there, not this
 * route, notices its return.
 */
export async function isDatabaseReachable(timeoutMs = 2_000): Promise<boolean> {
  if (databaseAvailability() === 'down') return false;
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs));
  const query = db.$queryRaw`SELECT 1`.then(() => true as const, () => false as const);
  return Promise.race([query, timeout]);
}
