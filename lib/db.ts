import 'server-only';
import { createPrismaClient } from './db-client';

// One client per server process. In development, Next reloads modules; keeping the client
// on globalThis stops each reload from opening a new connection pool.
const globalForDb = globalThis as unknown as { welcomeDeskDb?: ReturnType<typeof createPrismaClient> };

// The client connects lazily, so `next build` can load this module without a database.
// `npm start` always sets DATABASE_URL; without it every query fails (and /api/health says 503).
// `watched`: its pool reports outages and queue length to lib/db-availability.ts (the proxy's 503s).
export const db = (globalForDb.welcomeDeskDb ??= createPrismaClient(
  process.env.DATABASE_URL ?? 'postgresql://DATABASE_URL-is-not-set@127.0.0.1:1/none',
  { watched: true },
));
