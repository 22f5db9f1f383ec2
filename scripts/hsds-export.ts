// `npm run hsds:export -- <folder | file.zip>`: writes the directory as an Open Referral HSDS
// Tabular Data Package (docs/decisions/010-hsds.md): one CSV per table and datapackage.json,
// into a folder, or into one zip file when the name ends in .zip.
import fs from 'node:fs/promises';
import path from 'node:path';
import { createPrismaClient } from '../lib/db-client';
import { buildHsdsTables } from '../lib/data/hsds/export-tables';
import { toPackageFiles, zipPackage } from '../lib/data/hsds/export';
import { resolveDatabase } from './lib/database-url';

const target = process.argv[2];
if (!target || process.argv.length > 3) {
  console.error('Usage: npm run hsds:export -- <folder | file.zip>');
  process.exit(1);
}

const database = await resolveDatabase();
const db = createPrismaClient(database.connectionString);
try {
  const files = toPackageFiles(await buildHsdsTables(db));
  if (target.endsWith('.zip')) {
    await fs.mkdir(path.dirname(path.resolve(target)), { recursive: true });
    await fs.writeFile(target, zipPackage(files));
  } else {
    await fs.mkdir(target, { recursive: true });
    for (const [name, text] of Object.entries(files)) await fs.writeFile(path.join(target, name), text);
  }
  console.log(`HSDS data package written to ${target} (${Object.keys(files).length} files).`);
} finally {
  await db.$disconnect();
  await database.stop();
}
