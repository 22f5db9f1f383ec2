import { createPrismaClient } from '../../../lib/db-client';

/** A direct client for test setup and lookups; the code under test uses lib/db. */
export function testDb() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Run integration tests through `npm test`, which provides DATABASE_URL.');
  return createPrismaClient(url);
}
