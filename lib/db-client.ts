import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';

// Shared by the app (lib/db.ts) and by scripts and tests, which cannot import
// 'server-only' modules. Short timeouts: when the database is down, a page should fail
// fast with a 503 rather than hang (PRODUCT §10).
export function createPrismaClient(connectionString: string) {
  const adapter = new PrismaPg({
    connectionString,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    connectionTimeoutMillis: 2_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: 10_000,
  });
  return new PrismaClient({ adapter });
}

export type Db = ReturnType<typeof createPrismaClient>;
