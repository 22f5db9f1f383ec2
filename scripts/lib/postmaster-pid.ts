// PostgreSQL's lock file, `postmaster.pid`, outlives a server killed with SIGKILL (or a
// machine that lost power). PostgreSQL then refuses to start if that pid now belongs to
// another process, which is common in containers, where pids restart from 1 on every boot.
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * The port of a live server that owns `dataDir`, or null. A lock file whose pid is gone or
 * is not PostgreSQL is removed, so that the server can start.
 */
export async function portOfServerAlreadyRunning(dataDir: string, log: (message: string) => void): Promise<number | null> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  let lines: string[];
  try {
    lines = (await fs.readFile(pidFile, 'utf8')).split('\n');
  } catch {
    return null;
  }
  // Layout of postmaster.pid: pid, data dir, start time, port, socket dir, listen address, …
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (Number.isInteger(pid) && pid > 0 && (await isPostgresProcess(pid))) {
    return Number.isInteger(port) && port > 0 ? port : null;
  }
  log(`Removing a stale postmaster.pid (process ${lines[0]} is gone or is not PostgreSQL)`);
  await fs.rm(pidFile, { force: true });
  return null;
}

async function isPostgresProcess(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM means alive but owned by another OS user: treat it as a live server to be safe.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const cmdline = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.split('\0')[0]?.endsWith('postgres') ?? false;
  } catch {
    return true; // No /proc (macOS): cannot tell, so do not delete a possibly live lock.
  }
}
