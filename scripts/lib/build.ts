import { spawnSync } from 'node:child_process';
import { buildIsCurrent, recordBuild } from './build-stamp';
import { prepareFonts } from './fonts';

/** Runs `next build` unless the last build was made from the same sources. */
export function buildIfNeeded(): void {
  // Generated into public/ (an input of the build), so before the up-to-date check.
  prepareFonts();
  if (buildIsCurrent()) {
    console.log('Build is up to date.');
    return;
  }
  console.log('Building the site (first start or changed sources; this takes a few minutes)...');
  const result = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error('next build failed');
  recordBuild();
}
