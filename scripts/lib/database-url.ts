// One rule for every script: an explicit DATABASE_URL wins (CI, staging, production);
// otherwise a newcomer gets the embedded PostgreSQL in .data/postgres with no setup at all.
import path from 'node:path';
import { startEmbeddedPostgres, type RunningDatabase } from './embedded-postgres';
import { PROJECT_ROOT } from './migrations-folder';

export const EMBEDDED_DATA_DIR = path.join(PROJECT_ROOT, '.data', 'postgres');
export const EMBEDDED_DATABASE_NAME = 'welcome_desk';

export type ResolvedDatabase = RunningDatabase & { embedded: boolean };

export async function resolveDatabase(): Promise<ResolvedDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) return { connectionString: url, embedded: false, stop: async () => {} };
  const running = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, databaseName: EMBEDDED_DATABASE_NAME });
  return { ...running, embedded: true };
}
