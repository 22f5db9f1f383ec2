import { z } from 'zod';
import { expandOccurrences } from '../../events/recurrence';
import { buildRule, type RepeatChoice } from '../../events/rule-form';
import { addDays, isValidTimeZone, weekdayOf, zonedParts, zonedToInstant } from '../../time/zoned';
import { checkbox, clockTime, isoDate, languageCode, optional, requiredText, slug, text, url } from './common';

// The events editor (A3). The form speaks in dates, clock times and choices; this schema
// turns them into what the Event row stores (instants in the event's zone, an RRULE) and
// refuses what cannot be: an end before the start, a rule that never matches its own
// first date, dates outside 2000 … five years ahead, a zone Intl does not know. Error
// strings are keys of EditorEvent.errors or, failing that, EditorErrors.

export const EVENT_TEXT_FIELDS = ['title', 'summary', 'description', 'costDescription', 'accessibilityNotes'] as const;
export const EARLIEST_EVENT_DAY = '2000-01-01';
const MAX_EVENT_DAYS = 31;

export type OverrideRowValues = { date: string; action: string; newDate: string; newStart: string; newEnd: string; note: string };
export const EVENT_SCALARS = [
  'slug', 'title', 'summary', 'description', 'costDescription', 'accessibilityNotes', 'categoryId', 'organizationId', 'locationId', 'onlineUrl',
  'timezone', 'startDate', 'startTime', 'endDate', 'endTime', 'repeat', 'interval', 'monthlyBy', 'ends', 'until', 'count', 'registrationUrl',
] as const;
export const EVENT_CHECKBOXES = ['allDay', 'isFree', 'registrationRequired', 'wheelchairAccessible', 'noIdNeeded', 'featured'] as const;
export type EventFormValues = Record<(typeof EVENT_SCALARS)[number] | (typeof EVENT_CHECKBOXES)[number], string> & {
  languages: string[]; weekdays: string[]; overrides: OverrideRowValues[];
};

const str = (v: FormDataEntryValue | null) => (typeof v === 'string' ? v : '');

/** FormData to the values the schema parses; blank override rows (the spare ones) are dropped. */
export function eventFormToValues(fd: FormData): EventFormValues {
  const values = {} as EventFormValues;
  for (const key of [...EVENT_SCALARS, ...EVENT_CHECKBOXES]) values[key] = str(fd.get(key));
  values.languages = str(fd.get('languages')).split(/[\s,]+/).filter(Boolean);
  values.weekdays = fd.getAll('weekdays').map(str);
  const [d, a, nd, ns, ne, n] = ['ovDate', 'ovAction', 'ovNewDate', 'ovNewStart', 'ovNewEnd', 'ovNote'].map((k) => fd.getAll(k).map(str));
  values.overrides = d!
    .map((date, i) => ({ date, action: a![i] ?? 'cancel', newDate: nd![i] ?? '', newStart: ns![i] ?? '', newEnd: ne![i] ?? '', note: n![i] ?? '' }))
    .filter((r) => r.date !== '' || r.newDate !== '' || r.newStart !== '' || r.newEnd !== '' || r.note !== '');
  return values;
}

const uuid = z.uuid({ error: 'invalid' });
const time = optional(clockTime);

/** The form's fields before they become an EventInput (the translators' exchange checks text lengths with it). */
export const rawSchema = z.object({
  slug,
  title: requiredText(200),
  summary: text(500),
  description: text(10_000),
  costDescription: text(1_000),
  accessibilityNotes: text(1_000),
  categoryId: optional(uuid),
  organizationId: optional(uuid),
  locationId: optional(uuid),
  onlineUrl: optional(url),
  timezone: optional(z.string().trim().max(64, { error: 'timezone' })),
  allDay: checkbox,
  startDate: isoDate,
  startTime: time,
  endDate: optional(isoDate),
  endTime: time,
  repeat: z.enum(['none', 'weekly', 'monthly'], { error: 'invalid' }),
  interval: optional(z.coerce.number({ error: 'intervalRange' }).int({ error: 'intervalRange' }).min(1, { error: 'intervalRange' }).max(12, { error: 'intervalRange' })),
  weekdays: z.array(z.coerce.number().int().min(1, { error: 'weekday' }).max(7, { error: 'weekday' })).max(7),
  monthlyBy: z.enum(['date', 'weekday', 'lastWeekday'], { error: 'invalid' }).catch('date'),
  ends: z.enum(['until', 'count'], { error: 'needsEnd' }).catch('count'),
  until: optional(isoDate),
  count: optional(z.coerce.number({ error: 'countRange' }).int({ error: 'countRange' }).min(2, { error: 'countRange' }).max(500, { error: 'countRange' })),
  languages: z.array(languageCode).max(30, { error: 'tooMany' }),
  isFree: checkbox,
  registrationUrl: optional(url),
  registrationRequired: checkbox,
  wheelchairAccessible: checkbox,
  noIdNeeded: checkbox,
  featured: checkbox,
  overrides: z.array(z.object({
    date: isoDate,
    action: z.enum(['cancel', 'move'], { error: 'invalid' }),
    newDate: optional(isoDate),
    newStart: time,
    newEnd: time,
    note: text(300),
  })).max(100, { error: 'tooMany' }),
});

export type EventOverrideInput = { originalStart: Date; cancelled: boolean; newStartsAt: Date | null; newEndsAt: Date | null; note: string };
export type EventInput = {
  slug: string; title: string; summary: string; description: string; costDescription: string; accessibilityNotes: string;
  categoryId: string | null; organizationId: string | null; locationId: string | null; onlineUrl: string | null;
  timezone: string; startsAt: Date; endsAt: Date; allDay: boolean; recurrenceRule: string | null; languages: string[];
  isFree: boolean; registrationUrl: string | null; registrationRequired: boolean; wheelchairAccessible: boolean; noIdNeeded: boolean; featured: boolean;
  overrides: EventOverrideInput[];
};

/** A zone Intl knows, written as an IANA name ("America/New_York", or "UTC"). */
export const isIanaZone = (zone: string) => (zone === 'UTC' || /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$/.test(zone)) && isValidTimeZone(zone);

/** The editor's schema; `cityZone` fills an empty time zone, `now` bounds dates ("at most 5 years ahead"). */
export function eventInputSchema(cityZone: string, now = new Date()) {
  const latestDay = addDays(zonedParts(now, cityZone).dateKey, 5 * 366);
  return rawSchema.transform((v, ctx): EventInput => {
    const issue = (path: (string | number)[], message: string) => { ctx.addIssue({ code: 'custom', message, path }); };
    const zone = v.timezone ?? cityZone;
    if (!isIanaZone(zone)) { issue(['timezone'], 'timezone'); return z.NEVER; }
    if (v.startDate < EARLIEST_EVENT_DAY) issue(['startDate'], 'tooEarly');
    if (v.startDate > latestDay) issue(['startDate'], 'tooLate');
    if (!v.allDay && v.startTime === null) issue(['startTime'], 'required');
    if (!v.allDay && v.endTime === null) issue(['endTime'], 'required');
    const endDate = v.endDate ?? v.startDate;
    const startsAt = zonedToInstant(v.startDate, v.allDay ? 0 : (v.startTime ?? 0), zone);
    const endsAt = v.allDay ? zonedToInstant(addDays(endDate, 1), 0, zone) : zonedToInstant(endDate, v.endTime ?? 0, zone);
    if (endsAt <= startsAt) issue([v.allDay ? 'endDate' : 'endTime'], 'endBeforeStart');
    else if (endsAt.getTime() - startsAt.getTime() > MAX_EVENT_DAYS * 86_400_000) issue(['endDate'], 'tooLongEvent');

    let recurrenceRule: string | null = null;
    if (v.repeat !== 'none') {
      if (v.repeat === 'monthly' && v.weekdays.length) issue(['weekdays'], 'weekdays');
      if (v.repeat === 'weekly' && v.weekdays.length && !v.weekdays.includes(weekdayOf(v.startDate))) issue(['weekdays'], 'weekdayNotChosen');
      if (v.ends === 'until') {
        if (!v.until) issue(['until'], 'needsEnd');
        else if (v.until < v.startDate) issue(['until'], 'untilBeforeStart');
        else if (v.until > latestDay) issue(['until'], 'tooLate');
      } else if (v.count === null) issue(['count'], 'needsEnd');
      const choice: RepeatChoice = { repeat: v.repeat, interval: v.interval ?? 1, weekdays: v.weekdays, monthlyBy: v.monthlyBy, ends: v.ends, until: v.until, count: v.count };
      if (!ctx.issues.length) recurrenceRule = buildRule(choice, v.startDate, zone);
    } else if (v.overrides.length) issue(['overrides'], 'overrideNotRecurring');

    const overrides: EventOverrideInput[] = [];
    const seen = new Set<number>();
    v.overrides.forEach((row, i) => {
      if (!recurrenceRule) return;
      const originalStart = zonedToInstant(row.date, v.allDay ? 0 : (v.startTime ?? 0), zone);
      const duration = endsAt.getTime() - startsAt.getTime();
      const match = expandOccurrences({ startsAt, endsAt, timezone: zone, recurrenceRule, allDay: v.allDay }, originalStart, new Date(originalStart.getTime() + 1), 1);
      if (!match.length || match[0]!.start.getTime() !== originalStart.getTime()) { issue(['overrides', i, 'date'], 'notAnOccurrence'); return; }
      if (seen.has(originalStart.getTime())) { issue(['overrides', i, 'date'], 'duplicateOverride'); return; }
      seen.add(originalStart.getTime());
      if (row.action === 'cancel') { overrides.push({ originalStart, cancelled: true, newStartsAt: null, newEndsAt: null, note: row.note }); return; }
      if (v.allDay) { issue(['overrides', i, 'action'], 'allDayMove'); return; }
      if (!row.newDate || row.newStart === null) { issue(['overrides', i, 'newDate'], 'moveNeedsTime'); return; }
      if (row.newDate < EARLIEST_EVENT_DAY || row.newDate > latestDay) { issue(['overrides', i, 'newDate'], row.newDate > latestDay ? 'tooLate' : 'tooEarly'); return; }
      const newStartsAt = zonedToInstant(row.newDate, row.newStart, zone);
      const newEndsAt = row.newEnd === null ? new Date(newStartsAt.getTime() + duration) : zonedToInstant(row.newDate, row.newEnd, zone);
      if (newEndsAt <= newStartsAt) { issue(['overrides', i, 'newEnd'], 'endBeforeStart'); return; }
      overrides.push({ originalStart, cancelled: false, newStartsAt, newEndsAt, note: row.note });
    });
    if (ctx.issues.length) return z.NEVER;
    return {
      slug: v.slug, title: v.title, summary: v.summary, description: v.description, costDescription: v.costDescription, accessibilityNotes: v.accessibilityNotes,
      categoryId: v.categoryId, organizationId: v.organizationId, locationId: v.locationId, onlineUrl: v.onlineUrl, timezone: zone,
      startsAt, endsAt, allDay: v.allDay, recurrenceRule, languages: [...new Set(v.languages)], isFree: v.isFree, registrationUrl: v.registrationUrl,
      registrationRequired: v.registrationRequired, wheelchairAccessible: v.wheelchairAccessible, noIdNeeded: v.noIdNeeded, featured: v.featured, overrides,
    };
  });
}
