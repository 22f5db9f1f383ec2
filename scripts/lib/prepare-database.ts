// Shared by `npm start`, `npm test` and `npm run db:seed`: bring a database to the
// current schema and, when it is empty, load the demo directory.
import { spawnSync } from 'node:child_process';
import { applyMigrations } from './schema-engine';

export function generatePrismaClient(): void {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/db-generate.ts'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('prisma generate failed');
}

export async function migrateAndSeed(connectionString: string, options: { seed: boolean }): Promise<void> {
  const applied = await applyMigrations(connectionString);
  console.log(applied.length ? `Applied ${applied.length} migration(s).` : 'Database schema is up to date.');
  if (!options.seed) return;
  // Imported only now: the generated client must exist before these modules load.
  const { createPrismaClient } = await import('../../lib/db-client');
  const { isDatabaseEmpty, seedDemoData } = await import('../../prisma/seed/index');
  const prisma = createPrismaClient(connectionString);
  try {
    if (await isDatabaseEmpty(prisma)) {
      const started = Date.now();
      console.log('Empty database: loading the demo directory (fictional data)...');
      await seedDemoData(prisma);
      console.log(`Demo data loaded in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    }
  } finally {
    await prisma.$disconnect();
  }
}
