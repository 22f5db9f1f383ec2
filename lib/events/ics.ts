import { ICalCalendar, ICalEventStatus } from 'ical-generator';
import { zonedParts } from '../time/zoned';
import { parseRule, type OccurrenceOverride } from './recurrence';
import { vtimezone } from './vtimezone';

// RFC 5545 output (PRODUCT I3) with ical-generator. Times are written in the event's own
// zone (TZID + a VTIMEZONE computed from Intl), so a weekly 6 pm class stays at 6 pm in
// every calendar app across daylight-saving changes. Cancelled occurrences become EXDATE,
// moved ones a VEVENT with the same UID and a RECURRENCE-ID. Nothing here reads the
// database: callers pass public data only (confidential places are already reduced to
// their neighborhood by lib/data/locations.ts).

export type IcsEvent = {
  id: string;
  title: string;
  description: string;
  url: string;
  location: string | null;
  categories: string[];
  timezone: string;
  startsAt: Date;
  endsAt: Date;
  allDay: boolean;
  recurrenceRule: string | null;
  overrides: OccurrenceOverride[];
  updatedAt: Date;
  /** The listing's version: calendar apps replace a copy whose SEQUENCE is lower. */
  sequence: number;
  cancelled?: boolean;
};

/** A Date seen through a zone, in the small Luxon-like shape ical-generator formats. */
class ZonedInstant {
  readonly isValid = true;
  readonly zone = { type: 'iana' };
  constructor(private readonly instant: Date, private readonly timeZone = 'UTC') {}
  toJSDate() { return this.instant; }
  toJSON() { return this.instant.toJSON(); }
  setZone(timeZone: string) { return new ZonedInstant(this.instant, timeZone); }
  toFormat(format: string) {
    const p = zonedParts(this.instant, this.timeZone);
    const hh = String(Math.floor(p.minutes / 60)).padStart(2, '0');
    const mm = String(p.minutes % 60).padStart(2, '0');
    if (format === 'yyyyLLdd') return p.dateKey.replace(/-/g, '');
    if (format === 'HHmmss') return `${hh}${mm}${String(p.second).padStart(2, '0')}`;
    throw new Error(`unsupported format ${format}`);
  }
}

const zoned = (d: Date, tz: string) => new ZonedInstant(d, tz) as unknown as Date;
const basicDate = (d: Date, tz: string) => zonedParts(d, tz).dateKey.replace(/-/g, '');
const basicLocal = (d: Date, tz: string) => {
  const p = zonedParts(d, tz);
  return `${basicDate(d, tz)}T${String(Math.floor(p.minutes / 60)).padStart(2, '0')}${String(p.minutes % 60).padStart(2, '0')}${String(p.second).padStart(2, '0')}`;
};

/** The stored rule with UNTIL in the form RFC 5545 requires for this DTSTART, plus EXDATE lines. */
function recurrenceLines(e: IcsEvent): string {
  const rule = parseRule(e.recurrenceRule!);
  let text = e.recurrenceRule!.replace(/^RRULE:/i, '');
  if (rule.until) {
    const until = e.allDay ? basicDate(rule.until, e.timezone) : rule.until.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    text = text.replace(/UNTIL=[^;]+/i, `UNTIL=${until}`);
  }
  const lines = [`RRULE:${text}`];
  const cancelled = e.overrides.filter((o) => o.cancelled);
  if (cancelled.length) {
    lines.push(e.allDay
      ? `EXDATE;VALUE=DATE:${cancelled.map((o) => basicDate(o.originalStart, e.timezone)).join(',')}`
      : `EXDATE;TZID=${e.timezone}:${cancelled.map((o) => basicLocal(o.originalStart, e.timezone)).join(',')}`);
  }
  return lines.join('\n');
}

function yearRange(events: IcsEvent[]): [number, number] {
  const years = events.flatMap((e) => [e.startsAt, ...e.overrides.flatMap((o) => (o.newStartsAt ? [o.newStartsAt] : []))].map((d) => d.getUTCFullYear()));
  const min = Math.min(...years, new Date().getUTCFullYear());
  const max = Math.max(...years, new Date().getUTCFullYear());
  return [min - 1, max + 6];
}

export function buildCalendar(options: { name: string; uidDomain: string; events: IcsEvent[]; ttlSeconds?: number }): string {
  const [fromYear, toYear] = yearRange(options.events);
  const calendar = new ICalCalendar({ prodId: { company: 'Welcome Desk', product: 'Events', language: 'EN' }, name: options.name, ttl: options.ttlSeconds ?? 3600 });
  calendar.timezone({ name: null as unknown as string, generator: (tz: string) => vtimezone(tz, fromYear, toYear) });
  for (const e of options.events) {
    const base = {
      id: `${e.id}@${options.uidDomain}`,
      summary: e.title,
      description: e.description || undefined,
      url: e.url,
      location: e.location ?? undefined,
      categories: e.categories.map((name) => ({ name })),
      lastModified: e.updatedAt,
      stamp: e.updatedAt,
      sequence: e.sequence,
      timezone: e.allDay ? null : e.timezone,
      allDay: e.allDay,
    };
    calendar.createEvent({
      ...base,
      start: zoned(e.startsAt, e.timezone),
      end: zoned(e.endsAt, e.timezone),
      status: e.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      repeating: e.recurrenceRule ? recurrenceLines(e) : null,
    });
    if (!e.recurrenceRule) continue;
    const duration = e.endsAt.getTime() - e.startsAt.getTime();
    for (const o of e.overrides.filter((x) => !x.cancelled && x.newStartsAt)) {
      calendar.createEvent({
        ...base,
        description: o.note ? `${o.note}\n\n${e.description}` : e.description,
        recurrenceId: zoned(o.originalStart, e.timezone),
        start: zoned(o.newStartsAt!, e.timezone),
        end: zoned(o.newEndsAt ?? new Date(o.newStartsAt!.getTime() + duration), e.timezone),
        status: ICalEventStatus.CONFIRMED,
      });
    }
  }
  return calendar.toString();
}
