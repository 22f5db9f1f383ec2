import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The npm registry mirror can lag: a package is published before some of its platform
// builds. `npm install` then silently leaves those optional packages out of the lockfile
// and `npm ci` (CI, production) refuses the lockfile. Pin the previous version instead.
describe('package-lock.json', () => {
  it('lists every optional platform package it refers to, so that `npm ci` accepts it', () => {
    const packages: Record<string, { optionalDependencies?: Record<string, string> }> = JSON.parse(readFileSync('package-lock.json', 'utf8')).packages;
    const present = new Set(Object.keys(packages).map((path) => path.replace(/^.*node_modules\//, '')));
    const missing = Object.entries(packages).flatMap(([path, entry]) =>
      Object.keys(entry.optionalDependencies ?? {}).filter((name) => !present.has(name)).map((name) => `${path} → ${name}`),
    );
    expect(missing).toEqual([]);
  });
});
