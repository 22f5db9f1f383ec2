// `npm run bench:load` (issue 10 point 3, PRODUCT §10): the site under load, at 50,000
// services. 1. the benchmark database of bench:search (same generator, same place), with
// the demo directory's events and guides added once; 2. a production build under
// `next start`; 3. a load generator in a separate process (bench/load/generator.ts) ramping
// 10 → 50 → 200 connections over a weighted mix of pages and searches (bench/load/mix.ts),
// while this process samples the memory of the server and of PostgreSQL every 500 ms.
// Prints a table per stage and writes bench/.out/load.json.
// Options: --regenerate, --stages 10,50,200, --seconds 30 (per stage), --label text;
// BENCH_SERVICES (50000), BENCH_APP_PORT (3291), BENCH_PG_PORT (54340), BENCH_CPU_PROFILE (a directory).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { buildIfNeeded } from '../../scripts/lib/build';
import { PROJECT_ROOT } from '../../scripts/lib/migrations-folder';
import { prepareBenchDatabase } from '../search/database';
import { addDemoLayerOnce } from './demo-layer';
import type { GeneratorConfig, StageResult } from './generator';
import { memoryStats, treeMemory, type MemoryStats } from './memory';
import { buildMix } from './mix';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const SERVICES = Number(process.env.BENCH_SERVICES ?? 50_000);
const PORT = process.env.BENCH_APP_PORT ?? '3291';
const STAGES = option('stages', '10,50,200').split(',').map(Number);
const SECONDS = Number(option('seconds', '30'));
const LABEL = option('label', '');

const db = await prepareBenchDatabase({ services: SERVICES, organizations: Math.ceil(SERVICES / 20), seed: 20261123, now: new Date(), regenerate: args.includes('--regenerate') });
let app: ReturnType<typeof spawn> | null = null;
const stages: { result: StageResult; server: MemoryStats; postgres: MemoryStats | null }[] = [];
let idle: { server: MemoryStats; postgres: MemoryStats | null } | null = null;
try {
  await addDemoLayerOnce(db.client, db.url);
  const mix = await buildMix(db.client);
  buildIfNeeded();
  // BENCH_CPU_PROFILE=dir: the server writes a V8 CPU profile there when it stops (to find what costs).
  const profile = process.env.BENCH_CPU_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`] : [];
  app = spawn(process.execPath, [...profile, 'node_modules/next/dist/bin/next', 'start', '-p', PORT, '-H', '127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DATABASE_URL: db.url, NEXT_TELEMETRY_DISABLED: '1' },
  });
  await waitForHealth(`http://127.0.0.1:${PORT}/api/health`);
  const pgPid = postgresPid();
  const sample = () => ({ server: treeMemory(app!.pid!), postgres: pgPid ? treeMemory(pgPid) : null });
  idle = { server: memoryStats([sample().server]), postgres: pgPid ? memoryStats([sample().postgres!]) : null };

  const configFile = path.join(PROJECT_ROOT, 'bench', '.out', 'load-config.json');
  mkdirSync(path.dirname(configFile), { recursive: true });
  const config: GeneratorConfig = { base: `http://127.0.0.1:${PORT}`, stages: STAGES, seconds: SECONDS, mix, timeoutMs: 30_000 };
  writeFileSync(configFile, JSON.stringify(config));
  const generator = spawn(process.execPath, ['--import', 'tsx', 'bench/load/generator.ts', configFile], { stdio: ['ignore', 'pipe', 'inherit'] });
  let samples: ReturnType<typeof sample>[] = [];
  const timer = setInterval(() => samples.push(sample()), 500);
  for await (const line of createInterface({ input: generator.stdout! })) {
    const message = JSON.parse(line) as { event: 'stage-start'; connections: number } | { event: 'stage-end'; result: StageResult };
    if (message.event === 'stage-start') {
      samples = [];
      console.log(`Stage: ${message.connections} connections for ${SECONDS} s...`);
    } else {
      stages.push({
        result: message.result,
        server: memoryStats(samples.map((s) => s.server)),
        postgres: pgPid ? memoryStats(samples.map((s) => s.postgres!)) : null,
      });
      console.log(formatStage(stages.at(-1)!));
    }
  }
  clearInterval(timer);
} finally {
  if (app && app.exitCode === null) {
    const exited = new Promise((resolve) => app!.once('exit', resolve));
    app.kill('SIGTERM');
    // A CPU profile is written on the way out: wait for it (10 s at most).
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  }
  await db.client.end();
  await db.stop();
}

const summary = { date: new Date().toISOString(), label: LABEL, services: SERVICES, cpus: os.cpus().length, loadAverage: os.loadavg(), seconds: SECONDS, idle, stages };
mkdirSync('bench/.out', { recursive: true });
writeFileSync(`bench/.out/load${LABEL ? `-${LABEL}` : ''}.json`, JSON.stringify(summary, null, 2));
console.log(`\nLoad benchmark ${LABEL}: ${SERVICES} services, ${os.cpus().length} CPUs, load average now ${os.loadavg().map((n) => n.toFixed(1)).join(' ')}, ${summary.date}`);
console.log('| connections | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors | server RSS max / mean MB | PostgreSQL PSS max / mean MB (RSS max) |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const s of stages) console.log(tableRow(s));
process.exit(0);

function formatErrors(errors: Record<string, number>) {
  const list = Object.entries(errors);
  return list.length ? list.map(([k, n]) => `${k}: ${n}`).join(', ') : '0';
}

function tableRow({ result: r, server, postgres }: (typeof stages)[number]) {
  const mb = (n: number) => n.toFixed(0);
  const pg = postgres ? `${mb(postgres.maxPss)} / ${mb(postgres.meanPss)} (${mb(postgres.maxRss)})` : 'n/a';
  return `| ${r.connections} | ${r.requests} | ${r.perSecond.toFixed(1)} | ${r.latency.p50.toFixed(0)} | ${r.latency.p95.toFixed(0)} | ${r.latency.p99.toFixed(0)} | ${r.latency.max.toFixed(0)} | ${formatErrors(r.errors)} | ${mb(server.maxRss)} / ${mb(server.meanRss)} | ${pg} |`;
}

function formatStage(stage: (typeof stages)[number]) {
  const lines = [tableRow(stage)];
  for (const [kind, s] of Object.entries(stage.result.byKind)) {
    lines.push(`    ${kind.padEnd(22)} n=${String(s.count).padEnd(6)} p50 ${s.p50.toFixed(0).padStart(6)}  p95 ${s.p95.toFixed(0).padStart(6)}  p99 ${s.p99.toFixed(0).padStart(6)} ms`);
  }
  return lines.join('\n');
}

/** The embedded server's postmaster (its pid file); null for an external BENCH_DATABASE_URL. */
function postgresPid(): number | null {
  const file = path.join(PROJECT_ROOT, '.data', 'bench-postgres', 'postmaster.pid');
  if (process.env.BENCH_DATABASE_URL || !existsSync(file)) return null;
  return Number(readFileSync(file, 'utf8').split('\n')[0]);
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
