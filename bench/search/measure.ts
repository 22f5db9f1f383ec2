// Timing helpers: nearest-rank percentiles over one measured pass after a warm-up pass.

export type Summary = { count: number; p50: number; p95: number; p99: number; max: number };

export function summarize(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  return { count: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: sorted.at(-1) ?? 0 };
}

export function formatSummary(label: string, s: Summary): string {
  const ms = (n: number) => `${n.toFixed(1)} ms`.padStart(10);
  return `${label.padEnd(28)} n=${String(s.count).padEnd(5)} p50 ${ms(s.p50)}  p95 ${ms(s.p95)}  p99 ${ms(s.p99)}  max ${ms(s.max)}`;
}
