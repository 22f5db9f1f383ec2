import 'server-only';
import { createPrismaClient } from './db-client';
import { publicDataChanged } from './data/public-cache';

// Models whose rows no public page shows: writes to them leave the public-data cache alone
// (searches count themselves in SearchDailyStat on every request; sign-ins write sessions).
// Every other model — listings, their translations, hours, categories, events, guides,
// settings, search documents, and any model added later — empties the cache when written.
const PRIVATE_MODELS = new Set([
  'User', 'Session', 'Account', 'Verification', 'TwoFactor', 'Invitation', 'Submission', 'Revision',
  'AuditLog', 'SearchDailyStat', 'ZeroResultQuery', 'HsdsImportUpload',
]);
const READ_OPERATIONS = new Set([
  'findUnique', 'findUniqueOrThrow', 'findFirst', 'findFirstOrThrow', 'findMany', 'count', 'aggregate', 'groupBy',
  '$queryRaw', '$queryRawUnsafe',
]);
// Raw statements that write nothing public: search's per-transaction settings, the insights counters.
const PRIVATE_RAW = /^\s*SELECT set_config\(|^\s*INSERT INTO "(SearchDailyStat|ZeroResultQuery)"/;

/** Counts writes to public data, so a transaction can tell whether it made one. */
let publicWrites = 0;

function isPublicWrite(model: string | undefined, operation: string, args: unknown): boolean {
  if (READ_OPERATIONS.has(operation)) return false;
  if (model) return !PRIVATE_MODELS.has(model);
  const sql = (args as { strings?: readonly string[] } | undefined)?.strings?.join('?') ?? (Array.isArray(args) ? String(args[0]) : '');
  return !PRIVATE_RAW.test(sql);
}

type Client = ReturnType<typeof createPrismaClient>;

function createClient(...args: Parameters<typeof createPrismaClient>): Client {
  const client = createPrismaClient(...args).$extends({
    query: {
      async $allOperations({ model, operation, args, query }) {
        if (!isPublicWrite(model, operation, args)) return query(args);
        publicWrites++;
        publicDataChanged();
        try {
          return await query(args);
        } finally {
          // Outside a transaction the write is committed now; inside one, $transaction below
          // empties the cache again once it commits.
          publicDataChanged();
        }
      },
    },
  });
  // A read between a write inside a transaction and its commit sees the old rows and may
  // cache them: once a transaction that wrote public data settles, the cache is emptied again.
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property !== '$transaction') return Reflect.get(target, property, receiver);
      return (...args: Parameters<typeof target.$transaction>) => {
        const before = publicWrites;
        return (target.$transaction as (...a: unknown[]) => Promise<unknown>)(...args).finally(() => {
          if (publicWrites !== before) publicDataChanged();
        });
      };
    },
    // A query-only extension leaves every method's shape as it was; typed as the plain
    // client so that `tx` stays a Prisma.TransactionClient for lib/data/admin/*.
  }) as unknown as Client;
}

// One client per server process. In development, Next reloads modules; keeping the client
// on globalThis stops each reload from opening a new connection pool.
const globalForDb = globalThis as unknown as { welcomeDeskDb?: Client };

// The client connects lazily, so `next build` can load this module without a database.
// `npm start` always sets DATABASE_URL; without it every query fails (and /api/health says 503).
// `watched`: its pool reports outages and queue length to lib/db-availability.ts (the proxy's 503s).
export const db = (globalForDb.welcomeDeskDb ??= createClient(
  process.env.DATABASE_URL ?? 'postgresql://DATABASE_URL-is-not-set@127.0.0.1:1/none',
  { watched: true },
));
