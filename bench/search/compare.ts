// `npx tsx bench/search/compare.ts check|time|explain` — the search statement against its
// reference (tests/integration/support/search-reference-sql.ts: counting row by row) on the
// 50,000-service benchmark database (bench/search/database.ts; BENCH_PG_PORT as for bench:search).
//   check            every query of the mix (and its any-word and page-3 variants): the
//                    results, their order and every count must be identical. BENCH_NOW sets
//                    the clock (default: now), which decides "open now".
//   time [--top N] [--rounds R] [--v]
//                    the N queries slowest with the reference, each run R times alternately
//                    by both statements; medians of the database backend's CPU time (read
//                    from /proc, so the server must run on this machine), which a shared
//                    machine disturbs much less than wall time. Add --wall for wall time.
//   explain <label>  EXPLAIN (ANALYZE, BUFFERS) of one query (label as `check` prints it).
import { readFileSync } from 'node:fs';
import type { Prisma } from '../../lib/generated/prisma/client';
import { resolveSearchParams, searchPlanInput } from '../../lib/data/search-input';
import { SEARCH_WORK_MEM } from '../../lib/data/search-plan';
import { searchPassSql, type SearchPassInput } from '../../lib/data/search-sql';
import { parseSearchParams } from '../../lib/validation/search-params';
import { referenceSearchPassSql } from '../../tests/integration/support/search-reference-sql';
import { prepareBenchDatabase } from './database';
import { benchQueries } from './queries';

const args = process.argv.slice(2);
const mode = args[0] ?? 'check';
const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const now = new Date(process.env.BENCH_NOW ?? Date.now());
const db = await prepareBenchDatabase({ services: 50_000, organizations: 2_500, seed: 20261123, now, regenerate: false });
const client = db.client;
try {
  const backend = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
  const useCpu = !args.includes('--wall');
  const clock = () => (useCpu ? Number(readFileSync(`/proc/${backend}/schedstat`, 'utf8').split(' ')[0]) / 1e6 : performance.now());
  const run = async (sql: Prisma.Sql, prefix = '') => {
    const started = clock();
    await client.query('BEGIN');
    await client.query("SELECT set_config('work_mem', $1, true), set_config('jit', 'off', true)", [SEARCH_WORK_MEM]);
    const { rows } = await client.query(prefix + sql.text, sql.values as unknown[]);
    await client.query('COMMIT');
    return { ms: clock() - started, rows };
  };

  const inputs = await buildInputs(mode === 'check');
  if (mode === 'check') {
    const sorted = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(sorted) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => [k, sorted(x)])) : v;
    let differ = 0;
    for (const { label, input } of inputs) {
      const expected = JSON.stringify(sorted((await run(referenceSearchPassSql(input))).rows[0]));
      const actual = JSON.stringify(sorted((await run(searchPassSql(input))).rows[0]));
      if (expected !== actual) {
        differ++;
        console.log(`DIFFERS ${label}\n  reference ${expected.slice(0, 800)}\n  statement ${actual.slice(0, 800)}`);
      }
    }
    console.log(`${inputs.length} statements compared at ${now.toISOString()}: ${differ} differ.`);
    if (differ > 0) process.exitCode = 1;
  } else if (mode === 'explain') {
    const hit = inputs.find((i) => i.label === args[1]);
    if (!hit) throw new Error(`no query labelled ${args[1]}`);
    const { rows } = await run(searchPassSql(hit.input), 'EXPLAIN (ANALYZE, BUFFERS, VERBOSE) ');
    console.log(rows.map((r) => r['QUERY PLAN']).join('\n'));
  } else {
    const first: { i: number; ms: number }[] = [];
    for (const [i, { input }] of inputs.entries()) first.push({ i, ms: (await run(referenceSearchPassSql(input))).ms });
    const chosen = first.sort((a, b) => b.ms - a.ms).slice(0, option('--top', 30)).map(({ i }) => inputs[i]!);
    const reference = chosen.map(() => [] as number[]);
    const statement = chosen.map(() => [] as number[]);
    for (let round = 0; round < option('--rounds', 3); round++) {
      for (const [i, { input }] of chosen.entries()) {
        // Alternate which goes first, so neither always finds the caches the other warmed.
        const pair = [() => run(referenceSearchPassSql(input)).then((r) => reference[i]!.push(r.ms)), () => run(searchPassSql(input)).then((r) => statement[i]!.push(r.ms))];
        if ((round + i) % 2) pair.reverse();
        for (const step of pair) await step();
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;
    const ref = reference.map(median);
    const now_ = statement.map(median);
    if (args.includes('--v')) chosen.forEach(({ label }, i) => console.log(`${ref[i]!.toFixed(1).padStart(8)} ${now_[i]!.toFixed(1).padStart(8)}  ${label}`));
    const line = (name: string, xs: number[]) => `${name} p50 ${pct(xs, 50).toFixed(1)}  p95 ${pct(xs, 95).toFixed(1)}  sum ${xs.reduce((a, b) => a + b, 0).toFixed(0)}`;
    console.log(`${chosen.length} queries, medians of ${option('--rounds', 3)} runs, ms of ${useCpu ? 'backend CPU' : 'wall'} time`);
    console.log(line('reference', ref));
    console.log(line('statement', now_));
  }
} finally {
  await client.end();
  await db.stop();
}

/** The first statement a search page runs for each query of the mix, as the page builds it. */
async function buildInputs(variants: boolean) {
  const categories = (await client.query<{ id: string; slug: string }>('SELECT id, slug FROM "Category"')).rows;
  const areas = (await client.query<{ code: string; latitude: number; longitude: number }>('SELECT code, latitude, longitude FROM "SearchArea"')).rows;
  const settings = (await client.query<{ timezone: string; verifyHideAfterDays: number }>('SELECT timezone, "verifyHideAfterDays" FROM "Settings" WHERE id = 1')).rows[0]!;
  const inputs: { label: string; input: SearchPassInput }[] = [];
  for (const q of benchQueries()) {
    const params = parseSearchParams(Object.fromEntries(new URLSearchParams(q.query)));
    if (!params) throw new Error(`the mix holds a malformed query: ${q.query}`);
    const { applied, category, area } = resolveSearchParams(params, categories, areas);
    const { q: text, ...rest } = searchPlanInput({ applied, category, area, locale: q.locale, now, settings, perPage: 20 });
    const words = text ? (await client.query<{ w: string[] }>('SELECT search_words($1) AS w', [text])).rows[0]!.w : null;
    if (words && words.length === 0) continue;
    const label = `/${q.locale}/search?${decodeURIComponent(q.query)}`;
    const none = words?.map(() => '') ?? [];
    const input: SearchPassInput = { ...rest, text: words ? { words, extras: none, matchAny: false } : null };
    inputs.push({ label, input });
    if (variants && words && words.length > 1) inputs.push({ label: `${label} [any word]`, input: { ...input, text: { words, extras: none, matchAny: true } } });
    if (variants) inputs.push({ label: `${label} [page 3]`, input: { ...input, offset: 40 } });
  }
  return inputs;
}
