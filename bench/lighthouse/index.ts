// `npm run bench:lighthouse` (issue 10, PRODUCT §10): Lighthouse's mobile audit (its default:
// a mid-range phone emulated, simulated slow 4G and 4x CPU slowdown) of the home, a service
// list (category page and search), a service page and an event page, in en and ar, against a
// production build over the demo directory. Targets: performance ≥ 95, accessibility 100,
// best practices ≥ 95. Lighthouse is a benchmark tool only: it lives in bench/node_modules
// (`npm run bench:install`), never in the app's dependencies (ADR 017).
// Options: words after `--` keep only the pages whose "kind locale" contains one of them
// (`npm run bench:lighthouse -- service ar`). Prints a table and the audits that cost points;
// reports go to bench/.out/lighthouse/*.json. Never fails on a missed target.
// The bare App Router page of bench/page-weight is audited first as a reference: on a busy
// machine its performance score falls too, which tells a slow machine from a slow page.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findChromium, HOW_TO_GET_CHROMIUM } from '../../scripts/lib/chromium';
import { PROJECT_ROOT } from '../../scripts/lib/migrations-folder';
import { benchPages, startDemoSite } from '../lib/demo-site';
import { startFloor } from '../page-weight/floor';

const CLI = path.join(PROJECT_ROOT, 'bench', 'node_modules', 'lighthouse', 'cli', 'index.js');
const OUT = path.join(PROJECT_ROOT, 'bench', '.out', 'lighthouse');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TARGETS: Partial<Record<(typeof CATEGORIES)[number], number>> = { performance: 95, accessibility: 100, 'best-practices': 95 };

type Report = {
  lighthouseVersion: string;
  runtimeError?: { message: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string; numericValue?: number; displayValue?: string }>;
};

if (!existsSync(CLI)) {
  console.error('Lighthouse is not installed. Run `npm run bench:install` first (it installs bench/package.json into bench/node_modules).');
  process.exit(1);
}
const chromePath = findChromium();
if (!chromePath) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}
const only = process.argv.slice(2);
mkdirSync(OUT, { recursive: true });

type Result = { name: string; scores: Record<string, number>; lcp: number; tbt: number; cls: number; lost: string[]; load: number; error?: string };
const results: Result[] = [];
let version = '';
const floor = await startFloor();
try {
  results.push(await audit('floor (bare Next.js)', `${floor.base}/`, 'floor'));
} finally {
  await floor.stop();
}
const site = await startDemoSite();
try {
  const pages = (await benchPages(site.base)).filter((p) => only.length === 0 || only.some((word) => `${p.kind} ${p.locale}`.includes(word)));
  for (const page of pages) results.push(await audit(`${page.kind} ${page.locale}`, site.base + page.path, `${page.kind}-${page.locale}`));
} finally {
  await site.stop();
}

console.log(`\nLighthouse ${version}, mobile (default emulation and simulated throttling), ${chromePath}, ${os.cpus().length} CPUs, ${new Date().toISOString()}\n`);
console.log('| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS | load avg | targets |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  if (r.error) {
    console.log(`| ${r.name} | no result: ${r.error} ||||||||`);
    continue;
  }
  const missed = Object.entries(TARGETS).filter(([c, target]) => r.scores[c]! < target!).map(([c]) => c);
  console.log(`| ${r.name} | ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${r.scores.seo} | ${(r.lcp / 1000).toFixed(2)} s | ${Math.round(r.tbt)} ms | ${r.cls.toFixed(3)} | ${r.load.toFixed(1)} | ${r.name.startsWith('floor') ? 'reference' : missed.length ? `misses ${missed.join(', ')}` : 'meets'} |`);
}
const lost = results.filter((r) => r.lost.length);
if (lost.length) {
  console.log('\nAudits that cost points:');
  for (const r of lost) console.log(`  ${r.name}: ${r.lost.join('; ')}`);
}
writeFileSync(path.join(OUT, 'summary.json'), JSON.stringify({ date: new Date().toISOString(), lighthouse: version, cpus: os.cpus().length, pages: results }, null, 2));
process.exit(0);

async function audit(name: string, url: string, fileName: string): Promise<Result> {
  const file = path.join(OUT, `${fileName}.json`);
  // On a busy machine Chromium sometimes loses the trace (NO_NAVSTART, "run Lighthouse
  // again"): each page gets three tries, and a page that fails them all is reported as such.
  let failure = '';
  for (let attempt = 1; attempt <= 3; attempt++) {
    console.log(`Lighthouse: ${url}${attempt > 1 ? ` (try ${attempt})` : ''}`);
    const load = os.loadavg()[0]!; // how busy the machine was: the 4x CPU slowdown comes on top
    try {
      await runLighthouse(url, file);
      const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
      if (report.runtimeError) throw new Error(report.runtimeError.message);
      version = report.lighthouseVersion;
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)]));
      const metric = (id: string) => report.audits[id]?.numericValue ?? NaN;
      return { name, scores, lcp: metric('largest-contentful-paint'), tbt: metric('total-blocking-time'), cls: metric('cumulative-layout-shift'), lost: lostPoints(report), load };
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
  }
  return { name, scores: {}, lcp: NaN, tbt: NaN, cls: NaN, lost: [], load: os.loadavg()[0]!, error: failure };
}

function runLighthouse(url: string, outputPath: string) {
  const args = [CLI, url, '--output=json', `--output-path=${outputPath}`, '--quiet', `--only-categories=${CATEGORIES.join(',')}`,
    // As root (CI, containers) Chromium runs only without its sandbox.
    '--chrome-flags=--headless=new --no-sandbox'];
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: chromePath! } });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`lighthouse exited with ${code} for ${url}`))));
  });
}

/** Audits that failed in a scored category (every one in accessibility; weighted ones elsewhere). */
function lostPoints(report: Report) {
  const seen = new Set<string>();
  for (const category of CATEGORIES) {
    for (const ref of report.categories[category]?.auditRefs ?? []) {
      const audit = report.audits[ref.id];
      if (!audit || audit.scoreDisplayMode === 'notApplicable' || audit.scoreDisplayMode === 'informative' || audit.scoreDisplayMode === 'manual') continue;
      if (audit.score !== null && audit.score < 0.9 && (ref.weight > 0 || category === 'accessibility')) seen.add(`${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
    }
  }
  return [...seen];
}
