// The benchmark's own database, never the app's: an embedded PostgreSQL in
// .data/bench-postgres (or BENCH_DATABASE_URL), migrated, then filled once with the
// synthetic directory. Later runs reuse it; `--regenerate` starts it over.
import path from 'node:path';
import pg from 'pg';
import { createPrismaClient } from '../../lib/db-client';
import { seedCategories } from '../../prisma/seed/categories';
import { SEARCH_AREAS } from '../../prisma/seed/data/search-areas';
import { seedSettings } from '../../prisma/seed/settings';
import { withDatabaseName } from '../../scripts/lib/connection-string';
import { startEmbeddedPostgres } from '../../scripts/lib/embedded-postgres';
import { PROJECT_ROOT } from '../../scripts/lib/migrations-folder';
import { applyMigrations } from '../../scripts/lib/schema-engine';
import { generateDirectory, type GenerateOptions } from './generate';

export const BENCH_DATABASE = 'welcome_desk_bench';

export async function prepareBenchDatabase(options: GenerateOptions & { regenerate: boolean }) {
  const server = process.env.BENCH_DATABASE_URL
    ? { connectionString: process.env.BENCH_DATABASE_URL, stop: async () => {} }
    : await startEmbeddedPostgres({ dataDir: path.join(PROJECT_ROOT, '.data', 'bench-postgres'), port: Number(process.env.BENCH_PG_PORT ?? 54340), databaseName: 'postgres' });
  const url = withDatabaseName(server.connectionString, BENCH_DATABASE);
  const admin = new pg.Client({ connectionString: withDatabaseName(server.connectionString, 'postgres') });
  await admin.connect();
  if (options.regenerate) await admin.query(`DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`);
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [BENCH_DATABASE]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${BENCH_DATABASE}`);
  await admin.end();

  await applyMigrations(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM "Service"');
  if (rows[0]!.n === 0) {
    console.log(`Generating ${options.services} services (seed ${options.seed}); this takes a few minutes, once...`);
    const started = Date.now();
    const prisma = createPrismaClient(url);
    await prisma.$transaction(async (tx) => {
      await seedSettings(tx);
      await seedCategories(tx);
      await tx.searchArea.createMany({ data: SEARCH_AREAS, skipDuplicates: true });
    });
    const categories = await prisma.category.findMany({ select: { id: true, slug: true } });
    await prisma.$disconnect();
    const counts = await generateDirectory(client, new Map(categories.map((c) => [c.slug, c.id])), options);
    console.log(`Inserted ${counts.organizations} organizations, ${counts.services} services, ${counts.translations} translations in ${((Date.now() - started) / 1000).toFixed(0)} s. Indexing...`);
    await client.query('SELECT refresh_service_search(NULL)');
    await client.query('VACUUM ANALYZE');
    console.log(`Directory ready in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  } else {
    console.log(`Reusing the benchmark directory (${rows[0]!.n} services). Pass --regenerate to rebuild it.`);
    // An interrupted first run leaves services without their search rows.
    const indexed = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM "ServiceSearchDocument"');
    if (indexed.rows[0]!.n !== rows[0]!.n) {
      console.log('Indexing (the last run stopped before it finished)...');
      await client.query('SELECT refresh_service_search(NULL)');
      await client.query('VACUUM ANALYZE');
    }
  }
  return { url, client, stop: server.stop };
}
