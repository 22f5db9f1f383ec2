// `npm run search:reindex`: rebuilds every search table from the listing tables (issue 3).
// Normal writes keep search current by themselves (lib/data/search-index.ts); this is for
// after a bulk change made outside the app, e.g. SQL typed by hand or a restored backup.
import pg from 'pg';
import { resolveDatabase } from './lib/database-url';

const database = await resolveDatabase();
const client = new pg.Client({ connectionString: database.connectionString });
try {
  await client.connect();
  const started = Date.now();
  await client.query('SELECT refresh_service_search(NULL)');
  const { rows } = await client.query<{ services: number }>('SELECT count(*)::int AS services FROM "ServiceSearchDocument"');
  console.log(`Search index rebuilt: ${rows[0]!.services} services, in ${Date.now() - started} ms.`);
} finally {
  await client.end();
  await database.stop();
}
