import 'server-only';
import { db } from '../db';

/** True when the database answers a trivial query within the timeout. */
export async function isDatabaseReachable(timeoutMs = 2_000): Promise<boolean> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs));
  const query = db.$queryRaw`SELECT 1`.then(() => true as const, () => false as const);
  return Promise.race([query, timeout]);
}
