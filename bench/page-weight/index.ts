// `npm run bench:page-weight` (issue 10, PRODUCT §10): what a visitor downloads.
// For the home, a service list (category page and search), a service page and an event page
// in en and ar: the HTML and the client JavaScript, gzipped, against the framework floor —
// a bare App Router page (bench/page-weight/floor) built with the same next and react.
// Targets: JavaScript at most 10% above the floor; HTML under 60 KB gzipped.
// Every page loads in Chromium with JavaScript on, in a fresh context (empty cache), until
// the network is idle (and idle again 3 s later); every script response counts. Sizes are the bodies gzipped here at
// level 9 (not what the server sent), so the site and the floor are measured alike.
// Prints a table and writes bench/.out/page-weight.json. Never fails on a missed target.
import { chromium, type Browser } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { findChromium, HOW_TO_GET_CHROMIUM } from '../../scripts/lib/chromium';
import { benchPages, startDemoSite, type BenchPage } from '../lib/demo-site';
import { startFloor } from './floor';

const JS_ALLOWANCE = 1.1;
const HTML_LIMIT = 60 * 1024;

type Script = { url: string; sha256: string; raw: number; gzip: number };
type Weight = { htmlRaw: number; htmlGzip: number; jsRaw: number; jsGzip: number; scripts: Script[] };

const executablePath = findChromium();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
const floor = await startFloor();
let floorWeight: Weight;
try {
  floorWeight = await weigh(browser, `${floor.base}/`);
} finally {
  await floor.stop();
}
const site = await startDemoSite();
const rows: (BenchPage & Weight)[] = [];
try {
  for (const page of await benchPages(site.base)) rows.push({ ...page, ...(await weigh(browser, site.base + page.path)) });
} finally {
  await browser.close();
  await site.stop();
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const jsLimit = floorWeight.jsGzip * JS_ALLOWANCE;
console.log(`\nPage weight, ${new Date().toISOString()}, next ${floor.nextVersion}, gzip level 9 of each body`);
console.log(`Framework floor: JS ${kb(floorWeight.jsGzip)} KB gzipped in ${floorWeight.scripts.length} files (${kb(floorWeight.jsRaw)} KB raw), HTML ${kb(floorWeight.htmlGzip)} KB; JS target ≤ ${kb(jsLimit)} KB\n`);
console.log('| page | path | HTML KB gz | JS KB gz | JS vs floor | scripts | HTML < 60 KB | JS ≤ floor + 10% |');
console.log('|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  const over = ((r.jsGzip / floorWeight.jsGzip - 1) * 100).toFixed(1);
  console.log(`| ${r.kind} ${r.locale} | ${r.path} | ${kb(r.htmlGzip)} | ${kb(r.jsGzip)} | ${Number(over) >= 0 ? '+' : ''}${over}% | ${r.scripts.length} | ${r.htmlGzip < HTML_LIMIT ? 'meets' : 'misses'} | ${r.jsGzip <= jsLimit ? 'meets' : 'misses'} |`);
}
// The files behind the figures, the place to look when JS misses. Chunk names differ
// between two builds even for the same code, so they are listed side by side by size.
const sizes = (scripts: Script[]) => [...new Map(scripts.map((s) => [new URL(s.url).pathname.replace(/^.*\//, ''), s.gzip]))].sort((a, b) => b[1] - a[1]).map(([name, gzip]) => `${name} ${kb(gzip)}`).join(', ');
console.log(`\nFloor scripts (KB gz): ${sizes(floorWeight.scripts)}`);
console.log(`Site scripts, all pages (KB gz): ${sizes(rows.flatMap((r) => r.scripts))}\n`);
mkdirSync('bench/.out', { recursive: true });
writeFileSync('bench/.out/page-weight.json', JSON.stringify({ date: new Date().toISOString(), cpus: os.cpus().length, next: floor.nextVersion, floor: floorWeight, pages: rows }, null, 2));
process.exit(0);

async function weigh(browser: Browser, url: string): Promise<Weight> {
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  const pending: Promise<Script | null>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script' || response.status() !== 200) return;
    pending.push(response.body().then((body) => ({ url: response.url(), sha256: createHash('sha256').update(body).digest('hex'), raw: body.length, gzip: gzipSize(body) }), () => null));
  });
  const document = await page.goto(url, { waitUntil: 'networkidle' });
  if (!document || document.status() !== 200) throw new Error(`${url} answered ${document?.status()}`);
  // Hydration asks for more chunks (the error boundary's, for one) once the RSC payload is
  // read, which on a busy machine can come after the first quiet half-second: wait again.
  await page.waitForTimeout(3000);
  await page.waitForLoadState('networkidle');
  const html = await document.body();
  const scripts = (await Promise.all(pending)).filter((s) => s !== null);
  await context.close();
  return {
    htmlRaw: html.length,
    htmlGzip: gzipSize(html),
    jsRaw: scripts.reduce((sum, s) => sum + s.raw, 0),
    jsGzip: scripts.reduce((sum, s) => sum + s.gzip, 0),
    scripts,
  };
}

function gzipSize(body: Buffer) {
  return gzipSync(body, { level: 9 }).length;
}
