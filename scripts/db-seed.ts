// `npm run db:seed`: migrate, then load the demo directory if the database is empty.
import { resolveDatabase } from './lib/database-url';
import { generatePrismaClient, migrateAndSeed } from './lib/prepare-database';

generatePrismaClient();
const database = await resolveDatabase();
try {
  await migrateAndSeed(database.connectionString, { seed: true });
} finally {
  await database.stop();
}
