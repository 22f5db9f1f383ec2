import { randomUUID } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForbiddenError } from '../../lib/auth/actor';
import { buildHsdsTables } from '../../lib/data/hsds/export-tables';
import { toPackageFiles, zipPackage } from '../../lib/data/hsds/export';
import { applyHsdsImport, ImportUploadError, previewHsdsImport, storeHsdsUpload } from '../../lib/data/hsds/import-staff';
import { MAX_UPLOAD_BYTES, readUpload } from '../../lib/data/hsds/import-read';
import { demoActor } from './support/actors';
import { testDb } from './support/db';

// The staff import against the shared demo database: roles, preview, apply in one
// transaction, idempotency, and every kind of bad file.

const db = testDb();
afterAll(() => db.$disconnect());
let files: Record<string, string>;
beforeAll(async () => {
  files = toPackageFiles(await buildHsdsTables(db));
});

// Fresh ids each run: the demo database may be reused between runs while developing.
const ORG = randomUUID();
const SERVICE = randomUUID();
const SECOND = randomUUID();
const servicesCsv = (rows: string[]) => ['id,organization_id,name,status,description', ...rows].join('\n');
const orgCsv = `id,name,description\n${ORG},Imported Test Org,From a 211 export\n`;
const zip = (entries: Record<string, string>) => zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, strToU8(v)])));

async function counts() {
  return { services: await db.service.count(), organizations: await db.organization.count(), audit: await db.auditLog.count({ where: { action: 'hsds_import' } }) };
}

describe('HSDS import by staff', () => {
  it('refuses partners: no upload, no preview, no apply', async () => {
    const partner = await demoActor(db, 'partner');
    const staff = await demoActor(db, 'staff');
    await expect(storeHsdsUpload(partner, 'x.csv', strToU8('id\n'))).rejects.toThrow(ForbiddenError);
    const id = await storeHsdsUpload(staff, 'x.csv', strToU8(servicesCsv([])));
    await expect(previewHsdsImport(partner, id)).rejects.toThrow(ForbiddenError);
    await expect(applyHsdsImport(partner, id)).rejects.toThrow(ForbiddenError);
  });

  it('previews, applies once as drafts, audits, and re-importing the same file changes nothing', async () => {
    const staff = await demoActor(db, 'staff');
    const before = await counts();
    const bytes = zip({ 'organizations.csv': orgCsv, 'services.csv': servicesCsv([`${SERVICE},${ORG},Imported legal clinic,active,Free advice`]) });
    const id = await storeHsdsUpload(staff, 'from-211.zip', bytes);
    const preview = await previewHsdsImport(staff, id);
    expect(preview.problems).toEqual([]);
    expect(preview.counts.service).toEqual({ create: 1, update: 0 });
    expect(preview.counts.organization).toEqual({ create: 1, update: 0 });
    expect(await counts()).toEqual(before);

    expect((await applyHsdsImport(staff, id)).service).toEqual({ create: 1, update: 0 });
    await expect(applyHsdsImport(staff, id)).rejects.toThrow(ImportUploadError);
    const created = await db.service.findUniqueOrThrow({ where: { externalId: SERVICE }, include: { organization: true } });
    expect(created.status).toBe('draft');
    expect(created.organization.status).toBe('draft');
    expect(await counts()).toEqual({ services: before.services + 1, organizations: before.organizations + 1, audit: before.audit + 1 });

    const again = await storeHsdsUpload(staff, 'from-211.zip', bytes);
    expect((await previewHsdsImport(staff, again)).counts.service).toEqual({ create: 0, update: 1 });
    expect((await applyHsdsImport(staff, again)).service).toEqual({ create: 0, update: 1 });
    expect((await counts()).services).toBe(before.services + 1);
  });

  it('imports a plain services CSV that refers to an organization already in the directory', async () => {
    const staff = await demoActor(db, 'staff');
    const id = await storeHsdsUpload(staff, 'services.csv', strToU8(`\uFEFF${servicesCsv([`${SECOND},${ORG},Second imported service,active,With a BOM`])}`));
    expect((await previewHsdsImport(staff, id)).problems).toEqual([]);
    await applyHsdsImport(staff, id);
    expect((await db.service.findUniqueOrThrow({ where: { externalId: SECOND } })).name).toBe('Second imported service');
  });

  it('reports every bad row by file and row, and applies nothing while one remains', async () => {
    const staff = await demoActor(db, 'staff');
    const before = await counts();
    const bytes = zip({
      'organizations.csv': orgCsv,
      'services.csv': servicesCsv([
        `e2e0e2e0-0000-4000-8000-0000000000d1,${ORG},A good row,active,ok`,
        `e2e0e2e0-0000-4000-8000-0000000000d2,no-such-org,Dangling,active,x`,
        `e2e0e2e0-0000-4000-8000-0000000000d3,${ORG},,active,no name`,
        `e2e0e2e0-0000-4000-8000-0000000000d1,${ORG},Duplicate,closed,x`,
      ]),
    });
    const id = await storeHsdsUpload(staff, 'bad.zip', bytes);
    const { problems } = await previewHsdsImport(staff, id);
    expect(problems).toEqual(expect.arrayContaining([
      { file: 'services.csv', row: 3, code: 'missingReference', params: { field: 'organization_id', id: 'no-such-org' } },
      { file: 'services.csv', row: 4, code: 'required', params: { field: 'name' } },
      { file: 'services.csv', row: 5, code: 'duplicateId', params: { id: 'e2e0e2e0-0000-4000-8000-0000000000d1' } },
      { file: 'services.csv', row: 5, code: 'invalidValue', params: { field: 'status', value: 'closed' } },
    ]));
    await expect(applyHsdsImport(staff, id)).rejects.toThrow(ImportUploadError);
    expect(await counts()).toEqual(before);
    expect(await db.service.findUnique({ where: { externalId: 'e2e0e2e0-0000-4000-8000-0000000000d1' } })).toBeNull();
  });

  it('rolls back everything when a write fails halfway through the transaction', async () => {
    const staff = await demoActor(db, 'staff');
    const before = await counts();
    // Valid to the validator, but the service's slug collides with an existing one after the
    // organization was written: the database refuses, and the organization must go too.
    const id = await storeHsdsUpload(staff, 'halfway.zip', zip({
      'organizations.csv': `id,name,description\ne2e0e2e0-0000-4000-8000-0000000000e1,Halfway Org,x\n`,
      'services.csv': servicesCsv([`e2e0e2e0-0000-4000-8000-0000000000e2,e2e0e2e0-0000-4000-8000-0000000000e1,${'x'.repeat(300)},active,x`]),
      'x_welcome_desk_services.csv': 'service_id,asks_immigration_status\ne2e0e2e0-0000-4000-8000-0000000000e2,never\n',
    }));
    await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION e2e_refuse_service() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused by test'; END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`CREATE TRIGGER e2e_refuse_service BEFORE INSERT ON "Service" FOR EACH ROW WHEN (NEW."externalId" = 'e2e0e2e0-0000-4000-8000-0000000000e2') EXECUTE FUNCTION e2e_refuse_service()`);
    try {
      await expect(applyHsdsImport(staff, id)).rejects.toThrow(/refused by test/);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER e2e_refuse_service ON "Service"`);
      await db.$executeRawUnsafe(`DROP FUNCTION e2e_refuse_service()`);
    }
    expect(await counts()).toEqual(before);
    expect(await db.organization.findUnique({ where: { externalId: 'e2e0e2e0-0000-4000-8000-0000000000e1' } })).toBeNull();
  });

  it('re-importing this directory\'s own export updates in place and creates nothing', async () => {
    const staff = await demoActor(db, 'staff');
    const id = await storeHsdsUpload(staff, 'own.zip', zipPackage(files));
    const preview = await previewHsdsImport(staff, id);
    expect(preview.problems).toEqual([]);
    for (const kind of Object.values(preview.counts)) expect(kind.create).toBe(0);
  });
});

describe('bad files', () => {
  const problemCodes = (name: string, bytes: Uint8Array) => readUpload(name, bytes).problems.map((p) => p.code);

  it('refuses oversized uploads before storing them', async () => {
    await expect(storeHsdsUpload(await demoActor(db, 'staff'), 'big.csv', new Uint8Array(MAX_UPLOAD_BYTES + 1))).rejects.toThrow(ImportUploadError);
    expect(problemCodes('big.csv', new Uint8Array(MAX_UPLOAD_BYTES + 1))).toEqual(['tooLarge']);
  });

  it('refuses a zip bomb by its declared size, without inflating it', () => {
    const bomb = zipSync({ 'services.csv': new Uint8Array(70 * 1024 * 1024) }, { level: 9 });
    expect(bomb.byteLength).toBeLessThan(MAX_UPLOAD_BYTES);
    expect(problemCodes('bomb.zip', bomb)).toEqual(['tooLarge']);
  });

  it('reports bad quoting, wrong encoding, missing headers and columns, and a broken zip', () => {
    expect(problemCodes('services.csv', strToU8('id,name\n"unclosed,quote\n'))).toEqual(['csvSyntax']);
    expect(problemCodes('services.csv', new Uint8Array([0x69, 0x64, 0x0a, 0xff, 0xfe, 0x41]))).toEqual(['encoding']);
    expect(problemCodes('services.csv', strToU8(''))).toEqual(['noHeader']);
    expect(problemCodes('services.csv', strToU8('id,name\n1,a\n'))).toEqual(['missingColumn', 'missingColumn']);
    expect(problemCodes('x.zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual(['unreadableZip']);
    expect(problemCodes('x.zip', zip({ 'readme.txt': 'hi' }))).toEqual(['noTables']);
    expect(readUpload('x.zip', zip({ 'readme.txt': 'hi' })).ignoredFiles).toEqual(['readme.txt']);
  });

  it('the upload endpoint refuses a cross-site form post before anything else', async () => {
    const { POST } = await import('../../app/api/admin/hsds-import/route');
    const response = await POST(new Request('http://desk.test/api/admin/hsds-import?locale=en', { method: 'POST', headers: { origin: 'https://evil.example', host: 'desk.test' } }));
    expect(response.status).toBe(403);
    const crossSite = await POST(new Request('http://desk.test/api/admin/hsds-import?locale=en', { method: 'POST', headers: { origin: 'null', 'sec-fetch-site': 'cross-site', host: 'desk.test' } }));
    expect(crossSite.status).toBe(403);
  });
});
