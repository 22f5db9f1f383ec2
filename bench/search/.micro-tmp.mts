import pg from 'pg';
import type { Prisma } from '../../lib/generated/prisma/client';
import { resolveSearchParams, searchPlanInput } from '../../lib/data/search-input';
import { runSearchPlan, type SqlRunner } from '../../lib/data/search-plan';
import { parseSearchParams } from '../../lib/validation/search-params';
const c = new pg.Client({ connectionString: process.env.DB ?? 'postgresql://postgres:welcome-desk-local@127.0.0.1:54340/welcome_desk_bench' });
await c.connect();
const categories = (await c.query('SELECT id, slug FROM "Category"')).rows;
const areas = (await c.query('SELECT code, latitude, longitude FROM "SearchArea"')).rows;
const cases = process.argv.slice(2).length ? process.argv.slice(2) : ['en:q=lawyer', 'es:q=abogado', 'en:q=help', 'es:q=clases%20de%20ingl%C3%A9s', 'en:q=lawer', 'en:free=1', 'en:near=frog-hollow&within=2', 'zh-Hans:q=%E5%BE%8B%E5%B8%88', 'en:q=free%20immigration%20lawyer&opennow=1'];
for (const cs of cases) {
  const [locale, qs] = cs.split(/:(.*)/s) as [string, string];
  const params = parseSearchParams(Object.fromEntries(new URLSearchParams(qs)))!;
  const { applied, category, area } = resolveSearchParams(params, categories, areas);
  const times: number[] = []; let total = 0; const parts: number[] = [];
  for (let i = 0; i < 5; i++) {
    const mine: number[] = [];
    const run: SqlRunner = async <T,>(q: Prisma.Sql, o?: { workMem?: string }) => { const t = performance.now(); if (o?.workMem) { await c.query('BEGIN'); await c.query("SELECT set_config('work_mem', $1, true)", [o.workMem]); } const r = await c.query(q.text, q.values as unknown[]); if (o?.workMem) await c.query('COMMIT'); mine.push(performance.now() - t); return r.rows as T[]; };
    const t = performance.now();
    const r = await runSearchPlan(run, searchPlanInput({ applied, category, area, locale, now: new Date(), settings: { timezone: 'America/New_York', verifyHideAfterDays: 365 }, perPage: 20 }));
    times.push(performance.now() - t); total = r.total; if (i === 4) parts.push(...mine);
  }
  times.sort((a, b) => a - b);
  console.log(`${cs.padEnd(45)} total=${String(total).padEnd(6)} min ${times[0]!.toFixed(1)}  med ${times[2]!.toFixed(1)}  parts ${parts.map((p) => p.toFixed(1)).join('+')}`);
}
await c.end();
