import pg from 'pg';
import { resolveSearchParams, searchPlanInput } from '/work/main/lib/data/search-input';
import { searchPassSql } from '/work/main/lib/data/search-sql';
import { parseSearchParams } from '/work/main/lib/validation/search-params';
const c = new pg.Client({ connectionString: process.env.DB ?? 'postgresql://postgres:welcome-desk-local@127.0.0.1:54340/welcome_desk_bench' });
await c.connect(); await c.query("SET work_mem = '32MB'");
const [locale, qs, mode] = process.argv.slice(2);
const categories = (await c.query('SELECT id, slug FROM "Category"')).rows;
const areas = (await c.query('SELECT code, latitude, longitude FROM "SearchArea"')).rows;
const params = parseSearchParams(Object.fromEntries(new URLSearchParams(qs)))!;
const { applied, category, area } = resolveSearchParams(params, categories, areas);
const input = searchPlanInput({ applied, category, area, locale, now: new Date(), settings: { timezone: 'America/New_York', verifyHideAfterDays: 365 }, perPage: 20 });
const words = applied.q ? (await c.query('SELECT search_words($1) AS w', [applied.q])).rows[0].w : [];
const sql = searchPassSql({ ...input, text: applied.q ? { words, extras: words.map(() => ''), matchAny: mode === 'any' } : null });
for (let i = 0; i < 2; i++) { const t = performance.now(); const r = await c.query(sql.text, sql.values as any[]); console.log('ms', (performance.now() - t).toFixed(1), 'total', r.rows[0].counts.total); }
const r = await c.query('EXPLAIN (ANALYZE, BUFFERS, COSTS off) ' + sql.text, sql.values as any[]);
console.log(r.rows.map((x: any) => x['QUERY PLAN']).join('\n'));
await c.end();
