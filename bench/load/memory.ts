// Memory of a process tree, read from /proc (Linux): RSS of every process summed, and PSS
// (proportional: shared pages divided among their sharers) — PostgreSQL's backends all map
// the same shared buffers, so their RSS sum counts those many times; PSS does not.
import { readdirSync, readFileSync } from 'node:fs';

function children(): Map<number, number[]> {
  const byParent = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!byParent.has(ppid)) byParent.set(ppid, []);
      byParent.get(ppid)!.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return byParent;
}

function kilobytes(file: string, field: string): number {
  try {
    const match = readFileSync(file, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** RSS and PSS of a process and all its descendants, in MB. */
export function treeMemory(root: number): { rss: number; pss: number } {
  const byParent = children();
  const pids = [root];
  for (let i = 0; i < pids.length; i++) pids.push(...(byParent.get(pids[i]!) ?? []));
  let rss = 0;
  let pss = 0;
  for (const pid of pids) {
    rss += kilobytes(`/proc/${pid}/status`, 'VmRSS');
    pss += kilobytes(`/proc/${pid}/smaps_rollup`, 'Pss');
  }
  return { rss: rss / 1024, pss: pss / 1024 };
}

export type MemoryStats = { samples: number; maxRss: number; meanRss: number; maxPss: number; meanPss: number };

export function memoryStats(samples: { rss: number; pss: number }[]): MemoryStats {
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  return {
    samples: samples.length,
    maxRss: Math.max(0, ...samples.map((s) => s.rss)),
    meanRss: mean(samples.map((s) => s.rss)),
    maxPss: Math.max(0, ...samples.map((s) => s.pss)),
    meanPss: mean(samples.map((s) => s.pss)),
  };
}
