// `npm run bench:search` (issue 3, PRODUCT §10): search at 50,000 services.
// 1. a separate database with a deterministic synthetic directory (bench/search/generate.ts);
// 2. database time: the exact statements a search page runs (lib/data/search-plan.ts), per
//    query of a fixed mix of 240 (bench/search/queries.ts), through node-postgres;
// 3. end-to-end time: GET /{locale}/search?... against `next start` (production build).
// Prints p50/p95/p99 and writes bench/.out/search.json. Options: --regenerate, --db-only,
// BENCH_SERVICES (default 50000), BENCH_APP_PORT (3290), BENCH_PG_PORT (54340).
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import type pg from 'pg';
import type { Prisma } from '../../lib/generated/prisma/client';
import { resolveSearchParams, searchPlanInput } from '../../lib/data/search-input';
import { runSearchPlan, type SqlRunner } from '../../lib/data/search-plan';
import { parseSearchParams } from '../../lib/validation/search-params';
import { buildIfNeeded } from '../../scripts/lib/build';
import { prepareBenchDatabase } from './database';
import { formatSummary, summarize, type Summary } from './measure';
import { benchQueries, type BenchQuery } from './queries';

const args = process.argv.slice(2);
const SERVICES = Number(process.env.BENCH_SERVICES ?? 50_000);
const PORT = process.env.BENCH_APP_PORT ?? '3290';
const PER_PAGE = 20;

const db = await prepareBenchDatabase({ services: SERVICES, organizations: Math.ceil(SERVICES / 20), seed: 20261123, now: new Date(), regenerate: args.includes('--regenerate') });
const queries = benchQueries();
const results: Record<string, Summary> = {};
/** Every query's database time, slowest first. */
let byDatabaseTime: { ms: number; query: string; kind: BenchQuery['kind'] }[] = [];
let app: ReturnType<typeof spawn> | null = null;
try {
  const dbTimes = await measureDatabase(db.client, queries);
  // The target is for searches (queries with words); browsing by filters alone is reported apart.
  results['database: searches'] = summarize(dbTimes.filter((t) => t.kind !== 'filters-only').map((t) => t.ms));
  for (const kind of ['word', 'phrase', 'misspelling', 'filtered', 'filters-only'] as const) {
    results[`database: ${kind}`] = summarize(dbTimes.filter((t) => t.kind === kind).map((t) => t.ms));
  }
  byDatabaseTime = [...dbTimes].sort((a, b) => b.ms - a.ms);
  if (!args.includes('--db-only')) {
    buildIfNeeded();
    app = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', PORT, '-H', '127.0.0.1'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DATABASE_URL: db.url, NEXT_TELEMETRY_DISABLED: '1' },
    });
    await waitForHealth(`http://127.0.0.1:${PORT}/api/health`);
    const httpTimes = await measureHttp(`http://127.0.0.1:${PORT}`, queries);
    results['http: searches'] = summarize(httpTimes.filter((t) => t.kind !== 'filters-only').map((t) => t.ms));
    results['http: filters-only'] = summarize(httpTimes.filter((t) => t.kind === 'filters-only').map((t) => t.ms));
  }
} finally {
  app?.kill('SIGTERM');
  await db.client.end();
  await db.stop();
}

console.log(`\nSearch benchmark: ${SERVICES} services, ${queries.length} queries, ${os.cpus().length} CPUs, ${new Date().toISOString()}`);
for (const [label, summary] of Object.entries(results)) console.log(formatSummary(label, summary));
console.log('Slowest in the database:');
const slowest = byDatabaseTime.slice(0, 10);
for (const { ms, query } of slowest) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${query}`);
mkdirSync('bench/.out', { recursive: true });
writeFileSync('bench/.out/search.json', JSON.stringify({ date: new Date().toISOString(), services: SERVICES, queries: queries.length, cpus: os.cpus().length, results, slowest, database: byDatabaseTime }, null, 2));
process.exit(0);

async function measureDatabase(client: pg.Client, mix: BenchQuery[]) {
  const categories = (await client.query<{ id: string; slug: string }>('SELECT id, slug FROM "Category"')).rows;
  const areas = (await client.query<{ code: string; latitude: number; longitude: number }>('SELECT code, latitude, longitude FROM "SearchArea"')).rows;
  const settings = (await client.query<{ timezone: string; verifyHideAfterDays: number }>('SELECT timezone, "verifyHideAfterDays" FROM "Settings" WHERE id = 1')).rows[0]!;
  let elapsed = 0;
  const run: SqlRunner = async <T,>(query: Prisma.Sql, options?: { workMem?: string }) => {
    const started = performance.now();
    // As lib/data/search.ts runs it: in a transaction with more work_mem when asked.
    if (options?.workMem) {
      await client.query('BEGIN');
      await client.query("SELECT set_config('work_mem', $1, true), set_config('jit', 'off', true)", [options.workMem]);
    }
    const { rows } = await client.query(query.text, query.values as unknown[]);
    if (options?.workMem) await client.query('COMMIT');
    elapsed += performance.now() - started;
    return rows as T[];
  };
  const once = async ({ locale, query }: BenchQuery) => {
    const params = parseSearchParams(Object.fromEntries(new URLSearchParams(query)));
    if (!params) throw new Error(`the mix holds a malformed query: ${query}`);
    const { applied, category, area } = resolveSearchParams(params, categories, areas);
    elapsed = 0;
    await runSearchPlan(run, searchPlanInput({ applied, category, area, locale, now: new Date(), settings, perPage: PER_PAGE }));
    return elapsed;
  };
  for (const q of mix) await once(q); // warm-up: caches, plans
  const times: { kind: BenchQuery['kind']; ms: number; query: string }[] = [];
  for (const q of mix) times.push({ kind: q.kind, ms: await once(q), query: `/${q.locale}/search?${decodeURIComponent(q.query)}` });
  return times;
}

async function measureHttp(base: string, mix: BenchQuery[]) {
  const get = async ({ locale, query }: BenchQuery) => {
    const started = performance.now();
    const response = await fetch(`${base}/${locale}/search?${query}`);
    await response.text();
    if (response.status !== 200) throw new Error(`${response.status} for /${locale}/search?${query}`);
    return performance.now() - started;
  };
  for (const q of mix) await get(q);
  const times: { kind: BenchQuery['kind']; ms: number }[] = [];
  for (const q of mix) times.push({ kind: q.kind, ms: await get(q) });
  return times;
}

async function waitForHealth(url: string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`the app did not become healthy at ${url}`);
}
