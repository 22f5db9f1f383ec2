import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// STYLE.md: pages and components never touch the database; lib/data is the only door.
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

describe('architecture', () => {
  it('app/ and components/ never import the Prisma client or lib/db', () => {
    const offenders = ['app', 'components']
      .flatMap(sourceFiles)
      .filter((file) => /from ['"][^'"]*(lib\/db(-client)?|generated\/prisma|@prisma\/)['"]/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('every lib/data module is server-only', () => {
    const missing = sourceFiles('lib/data')
      .filter((file) => !file.endsWith('.test.ts'))
      .filter((file) => readFileSync(file, 'utf8').includes("from '../db'") && !readFileSync(file, 'utf8').includes("import 'server-only'"));
    expect(missing).toEqual([]);
  });
});
