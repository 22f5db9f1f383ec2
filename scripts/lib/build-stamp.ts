// `npm start` builds only when the sources changed since the last build: a hash of every
// input of `next build` is kept next to the build output.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const INPUTS = ['app', 'components', 'lib', 'messages', 'public', 'proxy.ts', 'next.config.ts', 'tsconfig.json', 'postcss.config.mjs', 'package-lock.json', 'prisma/schema.prisma'];
const SKIP = new Set(['generated', 'node_modules']);
// Environment that changes the build output.
const BUILD_ENV = ['NEXT_DIST_DIR'];
const DIST_DIR = process.env.NEXT_DIST_DIR ?? '.next';
const STAMP = path.join(DIST_DIR, 'welcome-desk-build.sha256');

function files(entry: string): string[] {
  if (!existsSync(entry)) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry)
    .filter((name) => !SKIP.has(name) && !name.endsWith('.test.ts'))
    .sort()
    .flatMap((name) => files(path.join(entry, name)));
}

export function sourceHash(): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(files)) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  for (const name of BUILD_ENV) hash.update(`${name}=${process.env[name] ?? ''}\0`);
  return hash.digest('hex');
}

export function buildIsCurrent(): boolean {
  return existsSync(path.join(DIST_DIR, 'BUILD_ID')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === sourceHash();
}

export function recordBuild(): void {
  writeFileSync(STAMP, sourceHash());
}
