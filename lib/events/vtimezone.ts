// A VTIMEZONE block (RFC 5545 §3.6.5) for an IANA zone, computed from Intl alone: the
// zone's real offset changes between two years, each as its own STANDARD or DAYLIGHT
// sub-component. ical-generator needs such a generator for TZID times to mean anything to
// calendar apps, and no installed package provides one (decision 007).

const HOUR = 3_600_000;

/** Offset of the zone from UTC at an instant, in minutes (east positive). */
const formats = new Map<string, Intl.DateTimeFormat>();

export function offsetMinutes(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formats.set(timeZone, format);
  }
  for (const p of format.formatToParts(new Date(instant))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

export type Transition = { at: number; from: number; to: number };

/** Every offset change in [fromYear, toYear], found hour by hour and refined to the minute. */
export function transitions(timeZone: string, fromYear: number, toYear: number): Transition[] {
  const out: Transition[] = [];
  const end = Date.UTC(toYear + 1, 0, 1);
  let t = Date.UTC(fromYear, 0, 1);
  let offset = offsetMinutes(t, timeZone);
  // Six-hour steps find every change (zones do not change twice within six hours).
  for (; t < end; t += 6 * HOUR) {
    const next = offsetMinutes(t + 6 * HOUR, timeZone);
    if (next === offset) continue;
    let lo = t;
    let hi = t + 6 * HOUR;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offsetMinutes(mid, timeZone) === offset) lo = mid;
      else hi = mid;
    }
    out.push({ at: hi, from: offset, to: next });
    offset = next;
  }
  return out;
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');
const utcOffset = (minutes: number) => `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;

/** Local wall time (in the offset before the change) as an iCalendar floating date-time. */
function localStamp(instant: number, offset: number): string {
  const d = new Date(instant + offset * 60_000);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}

const blocks = new Map<string, string>();

export function vtimezone(timeZone: string, fromYear: number, toYear: number): string {
  const key = `${timeZone}|${fromYear}|${toYear}`;
  if (!blocks.has(key)) blocks.set(key, build(timeZone, fromYear, toYear));
  return blocks.get(key)!;
}

function build(timeZone: string, fromYear: number, toYear: number): string {
  const changes = transitions(timeZone, fromYear, toYear);
  const initial = offsetMinutes(Date.UTC(fromYear, 0, 1), timeZone);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  if (changes.length === 0) {
    lines.push('BEGIN:STANDARD', 'DTSTART:19700101T000000', `TZOFFSETFROM:${utcOffset(initial)}`, `TZOFFSETTO:${utcOffset(initial)}`, 'END:STANDARD');
  } else {
    // The period before the first change, so that times early in the range resolve too.
    const standardOffset = Math.min(initial, ...changes.map((c) => c.to));
    const initialKind = initial > standardOffset ? 'DAYLIGHT' : 'STANDARD';
    lines.push(`BEGIN:${initialKind}`, 'DTSTART:19700101T000000', `TZOFFSETFROM:${utcOffset(initial)}`, `TZOFFSETTO:${utcOffset(initial)}`, `END:${initialKind}`);
    for (const c of changes) {
      const kind = c.to > standardOffset ? 'DAYLIGHT' : 'STANDARD';
      lines.push(`BEGIN:${kind}`, `DTSTART:${localStamp(c.at, c.from)}`, `TZOFFSETFROM:${utcOffset(c.from)}`, `TZOFFSETTO:${utcOffset(c.to)}`, `END:${kind}`);
    }
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}
