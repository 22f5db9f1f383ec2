// `npm run bench:lighthouse` (issue 10, PRODUCT §10): Lighthouse's mobile audit (its default:
// a mid-range phone emulated, simulated slow 4G and 4x CPU slowdown) of the home, a service
// list (category page and search), a service page and an event page, in en and ar, against a
// production build over the demo directory. Targets: performance ≥ 95, accessibility 100,
// best practices ≥ 95. Lighthouse is a benchmark tool only: it lives in bench/node_modules
// (`npm run bench:install`), never in the app's dependencies (ADR 017).
// Options: words after `--` keep only the pages whose "kind locale" contains one of them
// (`npm run bench:lighthouse -- service ar`). Prints a table and the audits that cost points;
// reports go to bench/.out/lighthouse/*.json. Never fails on a missed target.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findChromium, HOW_TO_GET_CHROMIUM } from '../../scripts/lib/chromium';
import { PROJECT_ROOT } from '../../scripts/lib/migrations-folder';
import { benchPages, startDemoSite, type BenchPage } from '../lib/demo-site';

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

const site = await startDemoSite();
const results: (BenchPage & { scores: Record<string, number>; lcp: number; tbt: number; cls: number; lost: string[] })[] = [];
let version = '';
try {
  const pages = (await benchPages(site.base)).filter((p) => only.length === 0 || only.some((word) => `${p.kind} ${p.locale}`.includes(word)));
  for (const page of pages) {
    console.log(`Lighthouse: ${page.path}`);
    const file = path.join(OUT, `${page.kind}-${page.locale}.json`);
    await runLighthouse(site.base + page.path, file);
    const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
    if (report.runtimeError) throw new Error(`Lighthouse could not audit ${page.path}: ${report.runtimeError.message}`);
    version = report.lighthouseVersion;
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)]));
    results.push({ ...page, scores, lcp: report.audits['largest-contentful-paint']!.numericValue!, tbt: report.audits['total-blocking-time']!.numericValue!, cls: report.audits['cumulative-layout-shift']!.numericValue!, lost: lostPoints(report) });
  }
} finally {
  await site.stop();
}

console.log(`\nLighthouse ${version}, mobile (default emulation and simulated throttling), ${chromePath}, ${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(1)}, ${new Date().toISOString()}\n`);
console.log('| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS | targets |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  const missed = Object.entries(TARGETS).filter(([c, target]) => r.scores[c]! < target!).map(([c]) => c);
  console.log(`| ${r.kind} ${r.locale} | ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${r.scores.seo} | ${(r.lcp / 1000).toFixed(2)} s | ${Math.round(r.tbt)} ms | ${r.cls.toFixed(3)} | ${missed.length ? `misses ${missed.join(', ')}` : 'meets'} |`);
}
const lost = results.filter((r) => r.lost.length);
if (lost.length) {
  console.log('\nAudits that cost points:');
  for (const r of lost) console.log(`  ${r.kind} ${r.locale}: ${r.lost.join('; ')}`);
}
writeFileSync(path.join(OUT, 'summary.json'), JSON.stringify({ date: new Date().toISOString(), lighthouse: version, cpus: os.cpus().length, pages: results }, null, 2));
process.exit(0);

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
