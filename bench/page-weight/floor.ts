// The framework floor: bench/page-weight/floor (a server-component layout and page, no
// client code) copied to bench/.out/floor, where it resolves the project's own next and
// react, built once per source and next version, and served by `next start`.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../scripts/lib/migrations-folder';
import { waitForHealth } from '../../scripts/lib/wait-for-health';

const SOURCE = path.join(PROJECT_ROOT, 'bench', 'page-weight', 'floor');
const TARGET = path.join(PROJECT_ROOT, 'bench', '.out', 'floor');
const NEXT_BIN = path.join(PROJECT_ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');

export async function startFloor() {
  const nextVersion = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'node_modules', 'next', 'package.json'), 'utf8')) as { version: string }).version;
  const stampFile = path.join(TARGET, '.next', 'floor.sha256');
  const stamp = createHash('sha256').update(nextVersion);
  for (const file of ['package.json', 'next.config.mjs', 'app/layout.tsx', 'app/page.tsx']) stamp.update(readFileSync(path.join(SOURCE, file)));
  const hash = stamp.digest('hex');
  // Without NEXT_DIST_DIR: that is the site's build directory, not the floor's.
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: undefined };
  if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== hash) {
    console.log(`Building the framework floor (next ${nextVersion})...`);
    rmSync(TARGET, { recursive: true, force: true });
    cpSync(SOURCE, TARGET, { recursive: true });
    const result = spawnSync(process.execPath, [NEXT_BIN, 'build', TARGET], { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (result.status !== 0) throw new Error('next build of the framework floor failed');
    writeFileSync(stampFile, hash);
  }
  const port = String(Number(process.env.BENCH_APP_PORT ?? 3291) + 1);
  const server = spawn(process.execPath, [NEXT_BIN, 'start', TARGET, '-p', port, '-H', 'localhost'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  const base = `http://localhost:${port}`;
  const stop = async () => {
    if (server.exitCode !== null) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  };
  try {
    await waitForHealth(`${base}/`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, nextVersion, stop };
}
