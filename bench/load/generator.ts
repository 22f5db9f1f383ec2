// The load generator, run in its own process (bench/load/index.ts starts it) so that its
// work does not share an event loop with anything measured. Autocannon-style: for each
// stage, N connections each loop "pick a URL from the mix, GET it, read the whole body"
// for a fixed time over keep-alive sockets. Reports one JSON line per stage event on stdout.
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { seededRandom } from '../search/random';
import { summarize } from '../search/measure';
import type { MixEntry } from './mix';

export type GeneratorConfig = { base: string; stages: number[]; seconds: number; mix: MixEntry[]; timeoutMs: number };
export type StageResult = {
  connections: number;
  seconds: number;
  requests: number;
  perSecond: number;
  latency: ReturnType<typeof summarize>;
  byKind: Record<string, ReturnType<typeof summarize>>;
  errors: Record<string, number>;
};

const config = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as GeneratorConfig;
const random = seededRandom(11);
const totalWeight = config.mix.reduce((sum, entry) => sum + entry.weight, 0);

function pickUrl(): { kind: string; url: string } {
  let roll = random.next() * totalWeight;
  for (const entry of config.mix) {
    roll -= entry.weight;
    if (roll < 0) return { kind: entry.kind, url: random.pick(entry.urls) };
  }
  const last = config.mix.at(-1)!;
  return { kind: last.kind, url: random.pick(last.urls) };
}

function get(agent: http.Agent, url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${config.base}${url}`, { agent, headers: { 'accept-language': 'en', 'accept-encoding': 'gzip' }, timeout: config.timeoutMs }, (response) => {
      response.on('data', () => {});
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', reject);
  });
}

async function runStage(connections: number): Promise<StageResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  const byKind = new Map<string, number[]>();
  const errors: Record<string, number> = {};
  const started = performance.now();
  const endAt = started + config.seconds * 1000;
  const loop = async () => {
    while (performance.now() < endAt) {
      const { kind, url } = pickUrl();
      const t0 = performance.now();
      let outcome: string;
      try {
        const status = await get(agent, url);
        outcome = status === 200 ? 'ok' : String(status);
      } catch (error) {
        outcome = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      }
      const ms = performance.now() - t0;
      latencies.push(ms);
      if (!byKind.has(kind)) byKind.set(kind, []);
      byKind.get(kind)!.push(ms);
      if (outcome !== 'ok') {
        errors[outcome] = (errors[outcome] ?? 0) + 1;
        if ((errors[outcome] ?? 0) <= 3) console.error(`[load] ${outcome} for ${url}`);
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  return {
    connections,
    seconds: elapsed,
    requests: latencies.length,
    perSecond: latencies.length / elapsed,
    latency: summarize(latencies),
    byKind: Object.fromEntries([...byKind].map(([kind, ms]) => [kind, summarize(ms)])),
    errors,
  };
}

for (const connections of config.stages) {
  console.log(JSON.stringify({ event: 'stage-start', connections }));
  const result = await runStage(connections);
  console.log(JSON.stringify({ event: 'stage-end', result }));
}
