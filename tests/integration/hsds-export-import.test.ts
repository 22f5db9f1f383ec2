import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForbiddenError } from '../../lib/auth/actor';
import { createPrismaClient, type Db } from '../../lib/db-client';
import { buildHsdsTables } from '../../lib/data/hsds/export-tables';
import { toPackageFiles, zipPackage } from '../../lib/data/hsds/export';
import { exportHsdsZipForStaff } from '../../lib/data/hsds/export-staff';
import { applyTables } from '../../lib/data/hsds/import-apply';
import { readUpload } from '../../lib/data/hsds/import-read';
import { HSDS_TABLES, TABLE_NAMES, type TableSpec } from '../../lib/data/hsds/tabular';
import { applyMigrations } from '../../scripts/lib/schema-engine';
import { demoActor } from './support/actors';
import { testDb } from './support/db';
import { createFreshDatabase, type FreshDatabase } from './support/fresh-database';
import { loadHsdsSchemas, tabularFields } from './support/hsds-schemas';
import { parse } from 'csv-parse/sync';

const db = testDb();
const schemas = loadHsdsSchemas();
let demoFiles: Record<string, string>;
let empty: FreshDatabase;
let emptyDb: Db;

beforeAll(async () => {
  demoFiles = toPackageFiles(await buildHsdsTables(db));
  empty = await createFreshDatabase('hsds_roundtrip');
  await applyMigrations(empty.url);
  emptyDb = createPrismaClient(empty.url);
});
afterAll(async () => {
  await emptyDb?.$disconnect();
  await empty?.drop();
  await db.$disconnect();
});

const rowsOf = (text: string) => parse(text, { columns: true, bom: true }) as Record<string, string>[];

async function importInto(client: Db, files: Record<string, string>) {
  const read = readUpload('package.zip', zipPackage(files));
  expect(read.problems).toEqual([]);
  return client.$transaction((tx) => applyTables(tx, read.tables), { timeout: 300_000 });
}

describe('HSDS export', () => {
  it('writes every HSDS table with exactly the columns of the official schema, in order', () => {
    for (const name of TABLE_NAMES.filter((n) => !(HSDS_TABLES[n] as TableSpec).extension)) {
      const schema = schemas[name]!;
      expect(HSDS_TABLES[name].path, name).toBe(schema.path);
      const header = demoFiles[schema.path]!.split('\n')[0]!.split(',');
      expect(header, name).toEqual(tabularFields(schema));
    }
  });

  it('fills every required column, and every reference resolves inside the package', () => {
    const ids = Object.fromEntries(TABLE_NAMES.map((n) => [n, new Set(rowsOf(demoFiles[HSDS_TABLES[n].path]!).map((r) => r.id))]));
    for (const name of TABLE_NAMES) {
      const spec = HSDS_TABLES[name];
      const schema = schemas[name];
      const required = schema ? [...(schema.required ?? []), ...(schema.tabular_required ?? [])] : spec.required;
      const rows = rowsOf(demoFiles[spec.path]!);
      expect(rows.length, name).toBeGreaterThan(0);
      for (const row of rows) {
        for (const field of required) expect(row[field], `${spec.path} ${field}`).not.toBe('');
        for (const fk of (spec as { foreignKeys?: { field: string; table: string }[] }).foreignKeys ?? []) {
          if (row[fk.field]) expect(ids[fk.table]!.has(row[fk.field]), `${spec.path} ${fk.field}=${row[fk.field]}`).toBe(true);
        }
      }
    }
  });

  it('describes each CSV in datapackage.json, and never exports a confidential address', async () => {
    const pkg = JSON.parse(demoFiles['datapackage.json']!);
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.resources.map((r: { path: string }) => r.path).sort()).toEqual(Object.keys(demoFiles).filter((f) => f.endsWith('.csv')).sort());
    const secret = await db.location.findFirstOrThrow({ where: { isConfidential: true, address1: { not: '' } } });
    expect(Object.values(demoFiles).join('\n')).not.toContain(secret.address1);
  });

  it('is refused to partners and anonymous callers', async () => {
    await expect(exportHsdsZipForStaff(await demoActor(db, 'partner'))).rejects.toThrow(ForbiddenError);
    const zip = await exportHsdsZipForStaff(await demoActor(db, 'staff'));
    expect(Object.keys(unzipSync(zip))).toContain('services.csv');
    expect(strFromU8(unzipSync(zip)['datapackage.json']!)).toContain('tabular-data-package');
  });
});

describe('HSDS import into an empty directory', () => {
  it('round-trips: export, import, export again gives identical files', async () => {
    const counts = await importInto(emptyDb, demoFiles);
    expect(counts.service.create).toBe(rowsOf(demoFiles['services.csv']!).length);
    const again = toPackageFiles(await buildHsdsTables(emptyDb));
    for (const file of Object.keys(demoFiles)) expect(again[file], file).toBe(demoFiles[file]);
    expect(await emptyDb.service.count({ where: { status: { not: 'draft' } } })).toBe(0);
  });

  it('is idempotent: importing the same package again creates nothing and changes nothing', async () => {
    const before = await emptyDb.service.count();
    const counts = await importInto(emptyDb, demoFiles);
    expect(counts.service).toEqual({ create: 0, update: before });
    expect(counts.organization.create + counts.location.create + counts.taxonomy_term.create + counts.service_at_location.create).toBe(0);
    expect(await emptyDb.service.count()).toBe(before);
    const again = toPackageFiles(await buildHsdsTables(emptyDb));
    for (const file of Object.keys(demoFiles)) expect(again[file], file).toBe(demoFiles[file]);
  });
});
