import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { createPrismaClient, type Db } from '../../lib/db-client';
import { loadServiceSnapshot } from '../../lib/data/admin/service-snapshot';
import { PRIVATE_BASE_URL, PrivateApp, PrivateDatabase } from './support/private-server';

// Issue 10 point 4 (PRODUCT §10): database faults, against a PostgreSQL and a server of this
// test's own (tests/e2e/support/private-server.ts). The figures it measures are written to
// test-results/faults-figures.json and quoted in docs/RELIABILITY.md.

test.describe.configure({ mode: 'serial', timeout: 150_000 });
test.skip(({ browserName }) => browserName !== 'chromium');

const database = new PrivateDatabase();
let app: PrivateApp | null = null;
const figures: Record<string, unknown> = {};

const TITLE = { en: 'Temporarily unavailable', ar: 'غير متاح مؤقتًا' };
const PASSWORD = process.env.DEMO_PASSWORD || 'welcome-demo-2026';
const STAFF = 'liaison@demo.welcome-desk.example';

type Sample = { at: number; path: string; status: number; ms: number; retryAfter: string | null; body: string };

/** One GET, timed; a timeout or a dropped connection counts as status 0. */
async function timedGet(pathname: string): Promise<Sample> {
  const started = Date.now();
  try {
    const response = await fetch(`${PRIVATE_BASE_URL}${pathname}`, { redirect: 'manual', signal: AbortSignal.timeout(15_000) });
    const body = await response.text();
    return { at: started, path: pathname, status: response.status, ms: Date.now() - started, retryAfter: response.headers.get('retry-after'), body };
  } catch {
    return { at: started, path: pathname, status: 0, ms: Date.now() - started, retryAfter: null, body: '' };
  }
}

/** `workers` loops requesting `paths` in turn until `stop()` is called. */
function startLoad(paths: string[], workers: number) {
  const samples: Sample[] = [];
  let running = true;
  const loops = Array.from({ length: workers }, async (_, w) => {
    for (let i = w; running; i++) samples.push(await timedGet(paths[i % paths.length]!));
  });
  return { samples, stop: async () => { running = false; await Promise.all(loops); } };
}

const PAGES = ['/en', '/ar', '/en/search?q=food', '/en/events', '/es/search?q=clinic', '/ar/events'];

test.beforeAll(async () => {
  test.setTimeout(150_000);
  await database.start();
  await database.recreate();
});

test.afterAll(async () => {
  await app?.kill('SIGTERM');
  await database.stop();
  const dir = process.env.TEST_RESULTS_DIR ?? 'test-results';
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'faults-figures.json'), `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`Database fault figures: ${JSON.stringify(figures)}`);
});

test('the database stops under load: translated 503s within 2 s, nothing hangs, recovery by itself', async () => {
  app = new PrivateApp({ DATABASE_URL: database.url });
  await app.start();
  // Warm up: the first render of each page is slow; the outage figures are about a warm server.
  // On a starved machine a connection can take more than the 2 s limit, which counts as
  // down until the probe gets through: wait for the 200s rather than fail on the first 503.
  for (const pathname of PAGES) await expect.poll(async () => (await timedGet(pathname)).status, { timeout: 30_000, message: pathname }).toBe(200);
  const load = startLoad(PAGES, 4);
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  await expect.poll(() => load.samples.filter((s) => s.status === 200).length, { timeout: 20_000 }).toBeGreaterThan(4);
  const beforeFault = countBy(load.samples.map((s) => s.status));
  expect(beforeFault[200], 'pages work before the fault').toBeGreaterThan(0);
  expect(Object.keys(beforeFault).filter((status) => status !== '200' && status !== '503'), JSON.stringify(beforeFault)).toEqual([]);

  const stoppedAt = Date.now();
  await database.stop();
  const stopTook = Date.now() - stoppedAt;
  // Outage: a few seconds of load while PostgreSQL is down.
  await new Promise((resolve) => setTimeout(resolve, 4_000));
  const health = await timedGet('/api/health');
  const [en, ar] = [await timedGet('/en/events'), await timedGet('/ar/search?q=food')];
  await load.stop();

  const during = load.samples.filter((s) => s.at >= stoppedAt);
  const first503 = during.find((s) => s.status === 503);
  expect(first503, 'a 503 during the outage').toBeDefined();
  const timeTo503 = first503!.at + first503!.ms - stoppedAt;
  expect(timeTo503).toBeLessThan(2_000);
  // Nothing hangs: every answer during the outage came in under 2 s.
  expect(Math.max(...during.map((s) => s.ms))).toBeLessThan(2_000);
  // After the first 2 s, every page answer is the 503 (no 500, no dropped connection).
  const settled = during.filter((s) => s.at >= stoppedAt + 2_000);
  expect(settled.length).toBeGreaterThan(10);
  expect([...new Set(settled.map((s) => s.status))]).toEqual([503]);
  expect(settled.every((s) => s.retryAfter !== null)).toBe(true);
  expect(health.status).toBe(503);
  expect(JSON.parse(health.body)).toMatchObject({ status: 'unavailable' });
  expect(health.ms).toBeLessThan(2_000);
  expect(en.status).toBe(503);
  expect(en.body).toContain(`<html lang="en"`);
  expect(en.body).toContain(TITLE.en);
  expect(ar.status).toBe(503);
  expect(ar.body).toContain(`<html lang="ar" dir="rtl"`);
  expect(ar.body).toContain(TITLE.ar);

  // The database returns; the same server serves pages again without a restart.
  await database.start();
  const returnedAt = Date.now();
  let recovered: Sample | null = null;
  while (!recovered && Date.now() - returnedAt < 15_000) {
    const sample = await timedGet('/en/events');
    if (sample.status === 200) recovered = sample;
    else await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(recovered, 'pages answer 200 again').not.toBeNull();
  const timeToRecover = recovered!.at + recovered!.ms - returnedAt;
  expect(timeToRecover).toBeLessThan(10_000);
  expect((await timedGet('/api/health')).status).toBe(200);
  Object.assign(figures, {
    outage: {
      requestsDuringOutage: during.length,
      statusesInFirst2s: countBy(during.filter((s) => s.at < stoppedAt + 2_000).map((s) => s.status)),
      msFromStopToFirst503: timeTo503,
      postgresStopTookMs: stopTook,
      slowestAnswerDuringOutageMs: Math.max(...during.map((s) => s.ms)),
      msFromRestartToFirst200: timeToRecover,
    },
  });
});

test('the server is killed during a service save: the listing is the old or the new version, never a mix', async ({ browser }) => {
  const db = createPrismaClient(database.url);
  // Without JavaScript the save is a plain form post (the staff area works without it):
  // nothing in the page retries or disables the form around the kill.
  const context = await browser.newContext({ javaScriptEnabled: false });
  // Each round restarts the server (its first pages are slow); a busy 2-core machine needs time.
  test.setTimeout(240_000);
  const page = await context.newPage();
  try {
    if (!app) {
      app = new PrivateApp({ DATABASE_URL: database.url });
      await app.start();
    }
    const service = await db.service.findFirstOrThrow({ where: { status: 'published', sourceLocale: 'en' }, orderBy: { slug: 'asc' }, select: { id: true } });
    await page.goto(`${PRIVATE_BASE_URL}/en/admin/sign-in`);
    await page.locator('input[name="email"]').fill(STAFF);
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.locator('form button[type="submit"]').click();
    await expect(page).toHaveURL(/\/en\/admin$/);

    const outcomes: string[] = [];
    // Most rounds kill the server while the save's transaction is open in PostgreSQL (seen
    // in pg_stat_activity), plus a few milliseconds more; the last one long after it ended.
    for (const [round, extra] of [0, 5, 20, null].entries()) {
      const before = await consistentState(db, service.id);
      // A freshly started server on a starved machine may answer 503 for a moment (a slow
      // first connection counts as down): load the editor until it is there.
      await expect(async () => {
        await page.goto(`${PRIVATE_BASE_URL}/en/admin/services/${service.id}`);
        await expect(page.locator('form textarea[name="summary"]')).toBeVisible({ timeout: 3_000 });
      }).toPass({ timeout: 60_000 });
      const summary = `Kill round ${round} (${Date.now()})`;
      await page.locator('form textarea[name="summary"]').fill(summary);
      await page.locator('form textarea[name="description"]').fill(`${summary}: description`);
      const click = page.getByRole('button', { name: 'Save changes' }).click();
      if (extra === null) await expect.poll(async () => (await db.service.findUniqueOrThrow({ where: { id: service.id } })).version, { timeout: 20_000 }).toBe(before.version + 1);
      else {
        expect(await waitForOpenTransaction(db), 'the save opened its transaction').toBe(true);
        await new Promise((resolve) => setTimeout(resolve, extra));
      }
      await app.kill('SIGKILL');
      await click.catch(() => {});
      await app.start();

      const after = await consistentState(db, service.id);
      if (after.version === before.version) {
        // Old version: nothing of the edit is there.
        expect(after.snapshot).toEqual(before.snapshot);
        outcomes.push('old');
      } else {
        // New version: exactly one step, every part of the edit, its revision written.
        expect(after.version).toBe(before.version + 1);
        expect(after.snapshot.summary).toBe(summary);
        expect(after.snapshot.description).toBe(`${summary}: description`);
        outcomes.push('new');
      }
      console.log(`kill ${extra === null ? 'after the save' : `${extra} ms into the transaction`}: ${outcomes.at(-1)} version`);
    }
    figures.killDuringSave = { rounds: outcomes.length, outcomes };
    // The last kill comes long after the save finished: the test saw a save go through.
    expect(outcomes.at(-1)).toBe('new');
  } finally {
    await context.close();
    await db.$disconnect();
  }
});

/** Polls pg_stat_activity until another session (the app's) is inside a multi-statement transaction. */
async function waitForOpenTransaction(db: Db, timeoutMs = 20_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const rows = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'
        AND (state = 'idle in transaction' OR xact_start < query_start)`;
    if (Number(rows[0]!.n) > 0) return true;
  }
  return false;
}

/**
 * The listing as stored, checked for internal agreement: its latest revision has the
 * listing's version and the same snapshot (row fields, translations, categories, places, hours).
 */
async function consistentState(db: Db, id: string) {
  const service = await db.service.findUniqueOrThrow({ where: { id }, select: { version: true } });
  const snapshot = JSON.parse(JSON.stringify(await loadServiceSnapshot(db as never, id))) as Record<string, unknown>;
  const latest = await db.revision.findFirst({ where: { entityType: 'service', entityId: id }, orderBy: { version: 'desc' } });
  if (latest) {
    expect(latest.version, 'latest revision is the listing version').toBe(service.version);
    expect(latest.snapshot, 'latest revision holds exactly what is stored').toEqual(snapshot);
  }
  return { version: service.version, snapshot };
}

test('a pool of one connection held by a blocked query sheds load with 503s, never 500s', async () => {
  await app?.kill('SIGTERM');
  app = new PrivateApp({ DATABASE_URL: database.url, DATABASE_POOL_SIZE: '1' });
  await app.start();
  const queries = ['food', 'clinic', 'english classes', 'lawyer', 'housing', 'job', 'doctor', 'school', 'bus', 'tax'];
  const paths = queries.flatMap((q) => ['en', 'es', 'ar'].map((locale) => `/${locale}/search?q=${encodeURIComponent(q)}`));
  // Warm: a cold server takes a moment to reach the database with its first requests.
  for (const path of PAGES) expect((await timedGet(path)).status).toBe(200);
  // Exhaustion for real: another session locks the search table, so the first search holds
  // the only connection and every other request queues behind it (a fast machine serves a
  // mere burst through one connection without anyone waiting long, and sheds nothing).
  const locker = new pg.Client({ connectionString: database.url });
  await locker.connect();
  await locker.query('BEGIN');
  await locker.query('LOCK TABLE "ServiceSearchDocument" IN ACCESS EXCLUSIVE MODE');
  const started = Date.now();
  // Twelve visitors get in and wait for the connection...
  const load = startLoad([...paths, ...PAGES], 12);
  // ...and once one has waited more than 2 s, newcomers are turned away at once.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const arriving = Promise.all([...paths.slice(0, 10), ...PAGES].map(timedGet));
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  await locker.query('COMMIT');
  await locker.end();
  const newcomers = await arriving;
  // The queue drains; requests go on for a while after.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  await load.stop();
  const samples = [...load.samples, ...newcomers];

  const statuses = countBy(samples.map((s) => s.status));
  expect(Object.keys(statuses).sort(), JSON.stringify(statuses)).toEqual(expect.arrayContaining(['200']));
  expect(samples.filter((s) => s.status !== 200 && s.status !== 503), JSON.stringify(statuses)).toEqual([]);
  const shed = samples.filter((s) => s.status === 503);
  expect(shed.length, 'requests arriving while the only connection is held are shed').toBeGreaterThan(0);
  for (const s of shed) {
    // Shed means answered now, not after the wait.
    expect(s.ms, s.path).toBeLessThan(1_500);
    expect(s.retryAfter).not.toBeNull();
    expect(s.body).toContain(`<html lang="${s.path.split('/')[1]}"`);
  }
  const slowest = Math.max(...samples.map((s) => s.ms));
  expect(slowest).toBeLessThan(10_000);
  // Once the burst is over, the same server serves searches again.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  expect((await timedGet('/en/search?q=food')).status).toBe(200);
  figures.poolExhaustion = {
    poolSize: 1,
    requests: samples.length,
    wallMs: Date.now() - started,
    statuses,
    slowestMs: slowest,
    p95Ms: percentile(samples.map((s) => s.ms), 0.95),
    slowest503Ms: Math.max(...shed.map((s) => s.ms)),
  };
});

function countBy(values: number[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}
