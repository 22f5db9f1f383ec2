// Issue 10 point 6: a backup of the seeded database restores into a fresh database with every
// row (count and contents of every table), and a bad file or a non-empty target is refused
// without writing anything.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupDatabase, BackupError, restoreDatabase } from '../../scripts/lib/backup/index';
import { createFreshDatabase, type FreshDatabase } from './support/fresh-database';

const sourceUrl = () => {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Run integration tests through `npm test`, which provides DATABASE_URL.');
  return url;
};

let workDir: string;
let backupFile: string;
const databases: FreshDatabase[] = [];

async function fresh(purpose: string) {
  const database = await createFreshDatabase(purpose);
  databases.push(database);
  return database;
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Row count and an md5 of every row's text, in a fixed order, for each table of public. */
async function fingerprint(url: string): Promise<Record<string, { rows: number; md5: string | null }>> {
  return withClient(url, async (client) => {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r' AND relname <> '_prisma_migrations' ORDER BY relname`,
    );
    const result: Record<string, { rows: number; md5: string | null }> = {};
    for (const { name } of tables) {
      const { rows } = await client.query(`SELECT count(*)::int AS rows, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS md5 FROM public."${name}" t`);
      result[name] = { rows: rows[0].rows, md5: rows[0].md5 };
    }
    return result;
  });
}

async function tableNames(url: string): Promise<string[]> {
  return withClient(url, async (client) =>
    (await client.query<{ name: string }>(`SELECT relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'`)).rows.map((r) => r.name),
  );
}

beforeAll(async () => {
  workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'welcome-desk-backup-test-'));
  backupFile = path.join(workDir, 'seeded.ndjson.gz');
  // The seed writes no audit entries; other test files do, but vitest may run this one first.
  // The append-only AuditLog must be in the backup whatever the order.
  await withClient(sourceUrl(), (client) =>
    client.query(`INSERT INTO "AuditLog" (action, "targetType", details) VALUES ('test.backup-source', 'Test', '{"why": "a row to back up"}')`),
  );
});

afterAll(async () => {
  for (const database of databases) await database.drop();
  await fs.rm(workDir, { recursive: true, force: true });
});

describe('db:backup and db:restore (built-in format)', () => {
  it('restores the seeded database into a fresh one with every row of every table', async () => {
    const before = await fingerprint(sourceUrl());
    const result = await backupDatabase(sourceUrl(), { out: backupFile, method: 'builtin' });
    expect(result.method).toBe('builtin');
    expect(result.rows).toBe(Object.values(before).reduce((sum, t) => sum + t.rows, 0));
    // The demo data really is there: a backup of empty tables would prove nothing.
    expect(before.Service!.rows).toBeGreaterThan(10);
    expect(before.AuditLog!.rows).toBeGreaterThan(0);

    const target = await fresh('restore');
    await restoreDatabase(target.url, backupFile);

    expect(await fingerprint(target.url)).toEqual(before);
    // Sequences continue after the restored ids instead of colliding with them.
    const [sourceSeq, targetSeq] = await Promise.all(
      [sourceUrl(), target.url].map((url) =>
        withClient(url, async (c) => (await c.query(`SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`)).rows),
      ),
    );
    expect(targetSeq).toEqual(sourceSeq);
    // The restored database has the app's migration history, so `npm start` finds nothing to do.
    const migrations = (url: string) => withClient(url, async (c) => (await c.query(`SELECT migration_name FROM _prisma_migrations ORDER BY 1`)).rows);
    expect(await migrations(target.url)).toEqual(await migrations(sourceUrl()));
    // And the app's triggers work again after the load (they were set aside only during it).
    await withClient(target.url, async (client) => {
      await expect(client.query(`DELETE FROM "AuditLog"`)).rejects.toThrow();
    });
  });

  it('refuses to restore into a database that already holds data, and changes nothing', async () => {
    const target = await fresh('nonempty');
    await restoreDatabase(target.url, backupFile);
    await withClient(target.url, (c) => c.query(`UPDATE "Settings" SET "cityName" = 'Changed after restore'`));
    const before = await fingerprint(target.url);
    await expect(restoreDatabase(target.url, backupFile)).rejects.toThrow(/not empty.*--force/);
    expect(await fingerprint(target.url)).toEqual(before);
  });

  it('with --force replaces the contents of a non-empty database', async () => {
    const target = await fresh('force');
    await restoreDatabase(target.url, backupFile);
    const expected = await fingerprint(target.url);
    await withClient(target.url, (c) => c.query(`INSERT INTO "SearchDailyStat" ("id", "day", "locale", "searches") VALUES (gen_random_uuid(), '1999-01-01', 'xx', 1)`));
    expect(await fingerprint(target.url)).not.toEqual(expected);
    await restoreDatabase(target.url, backupFile, { force: true });
    expect(await fingerprint(target.url)).toEqual(expected);
  });

  it('refuses a truncated file with a clear message and writes nothing', async () => {
    const bytes = await fs.readFile(backupFile);
    const truncated = path.join(workDir, 'truncated.ndjson.gz');
    await fs.writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const target = await fresh('truncated');
    const failure = await restoreDatabase(target.url, truncated).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(BackupError);
    expect((failure as Error).message).toMatch(/not a complete gzip file/);
    expect(await tableNames(target.url)).toEqual([]);
  });

  it('refuses a file whose rows were altered (checksum) and writes nothing', async () => {
    const lines = gunzipSync(await fs.readFile(backupFile)).toString('utf8').split('\n');
    // Change one value inside a row line: valid JSON, valid gzip, wrong checksum.
    const index = lines.findIndex((line) => line.startsWith('[') && line.includes('"'));
    lines[index] = lines[index]!.replace(/"([^"]+)"/, '"$1x"');
    const edited = path.join(workDir, 'edited.ndjson.gz');
    await fs.writeFile(edited, gzipSync(lines.join('\n')));
    const target = await fresh('edited');
    await expect(restoreDatabase(target.url, edited)).rejects.toThrow(/damaged.*checksum/);
    expect(await tableNames(target.url)).toEqual([]);
  });

  it('refuses a backup whose gzip ends cleanly but whose manifest is missing', async () => {
    const lines = gunzipSync(await fs.readFile(backupFile)).toString('utf8').trimEnd().split('\n');
    const cut = path.join(workDir, 'cut.ndjson.gz');
    await fs.writeFile(cut, gzipSync(lines.slice(0, -1).join('\n')));
    const target = await fresh('cut');
    await expect(restoreDatabase(target.url, cut)).rejects.toThrow(/before its manifest/);
    expect(await tableNames(target.url)).toEqual([]);
  });

  it('refuses a backup taken with migrations this code does not know', async () => {
    const lines = gunzipSync(await fs.readFile(backupFile)).toString('utf8').split('\n');
    const header = JSON.parse(lines[0]!);
    header.migrations.push({ name: '29991231000000_from_the_future', checksum: 'x' });
    lines[0] = JSON.stringify(header);
    const future = path.join(workDir, 'future.ndjson.gz');
    await fs.writeFile(future, gzipSync(lines.join('\n')));
    const target = await fresh('future');
    await expect(restoreDatabase(target.url, future)).rejects.toThrow(/damaged|newer version/);
    expect(await tableNames(target.url)).toEqual([]);
  });

  it('the npm scripts exit non-zero with the reason on a file that is not a backup', async () => {
    const notBackup = path.join(workDir, 'notes.txt');
    await fs.writeFile(notBackup, 'hello');
    const target = await fresh('cli');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/db-restore.ts', '--in', notBackup], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: target.url },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/not a Welcome Desk backup/);
    expect(await tableNames(target.url)).toEqual([]);
  });
});
