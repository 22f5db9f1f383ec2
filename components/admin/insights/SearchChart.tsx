import type { DailySearches } from '@/lib/data/admin/insights';

type Labels = { title: string; description: string; searches: string; zeroResults: string; dayLabel: (day: string) => string };

const WIDTH = 720;
const HEIGHT = 220;
const PAD = { top: 12, bottom: 28, start: 40, end: 8 };

/**
 * A10: searches per day as bars, the part that found nothing drawn darker inside each bar.
 * Plain server-rendered SVG (no chart library, no script). Screen readers get the title and
 * a one-sentence summary; the table under the chart carries every number.
 */
export function SearchChart({ days, labels }: { days: DailySearches[]; labels: Labels }) {
  const max = Math.max(1, ...days.map((d) => d.searches));
  const plotWidth = WIDTH - PAD.start - PAD.end;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotWidth / Math.max(1, days.length);
  const barWidth = Math.max(1, slot * 0.8);
  const y = (value: number) => PAD.top + plotHeight - (value / max) * plotHeight;
  const labelEvery = Math.max(1, Math.ceil(days.length / 8));
  return (
    <figure className="space-y-2">
      {/* SVG coordinates do not mirror in RTL pages: time runs left to right, as on most charts. */}
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="chart-title chart-desc" className="h-auto w-full max-w-3xl">
        <title id="chart-title">{labels.title}</title>
        <desc id="chart-desc">{labels.description}</desc>
        <line x1={PAD.start} x2={WIDTH - PAD.end} y1={y(0)} y2={y(0)} stroke="#374151" />
        <text x={PAD.start - 6} y={y(max) + 4} textAnchor="end" fontSize="11" fill="#111827">{max}</text>
        <text x={PAD.start - 6} y={y(0)} textAnchor="end" fontSize="11" fill="#111827">0</text>
        {days.map((d, i) => {
          const x = PAD.start + i * slot + (slot - barWidth) / 2;
          return (
            <g key={d.day}>
              <rect x={x} y={y(d.searches)} width={barWidth} height={y(0) - y(d.searches)} fill="#60a5fa" />
              <rect x={x} y={y(d.zeroResults)} width={barWidth} height={y(0) - y(d.zeroResults)} fill="#b91c1c" />
              {i % labelEvery === 0 ? (
                <text x={x + barWidth / 2} y={HEIGHT - 8} textAnchor="middle" fontSize="11" fill="#111827">{labels.dayLabel(d.day)}</text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="flex flex-wrap gap-4 text-sm">
        <span className="flex items-center gap-2"><span aria-hidden="true" className="inline-block size-3 bg-blue-400" />{labels.searches}</span>
        <span className="flex items-center gap-2"><span aria-hidden="true" className="inline-block size-3 bg-red-700" />{labels.zeroResults}</span>
      </figcaption>
    </figure>
  );
}
