import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForbiddenError, type Actor } from '../../lib/auth/actor';
import { PublishBlockedError, StaleVersionError } from '../../lib/data/admin/errors';
import {
  createEventOrThrow, getEventForEditOrThrow, listEventsForStaff, restoreEventRevisionOrThrow, saveEventTranslationOrThrow, setEventStatusOrThrow, updateEventOrThrow,
} from '../../lib/data/admin/events';
import { listRevisions } from '../../lib/data/admin/revisions';
import { listEventDays, listEventMonth, listPastEvents } from '../../lib/data/event-calendar';
import { getPublicEvent } from '../../lib/data/event-detail';
import { listFeedEvents } from '../../lib/data/event-feeds';
import { listUpcomingOccurrences } from '../../lib/data/events';
import { buildCalendar } from '../../lib/events/ics';
import { zonedParts } from '../../lib/time/zoned';
import { eventFormToValues, eventInputSchema, type EventInput } from '../../lib/validation/admin/event';
import { parseEventFilters, type EventFilters } from '../../lib/validation/event-params';
import { demoActor } from './support/actors';
import { testDb } from './support/db';

const db = testDb();
const NY = 'America/New_York';
let staff: Actor, admin: Actor, partner: Actor;
let confidentialLocationId: string;
const filters = (over: Partial<EventFilters> = {}): EventFilters => ({ page: 1, category: null, lang: null, free: false, from: null, to: null, month: null, ...over });

function form(values: Record<string, string | string[]>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) for (const one of Array.isArray(v) ? v : [v]) fd.append(k, one);
  return fd;
}
const baseForm = () => ({
  slug: `events-test-${crypto.randomUUID().slice(0, 8)}`, title: 'Events test class', summary: 'A weekly class', description: 'Come and learn.',
  startDate: '2027-03-02', startTime: '18:00', endDate: '2027-03-02', endTime: '20:00', timezone: NY, repeat: 'weekly', interval: '1', weekdays: ['2'],
  ends: 'count', count: '6', monthlyBy: 'date', languages: 'en es', isFree: 'on', onlineUrl: 'https://class.example.org/live',
});
const parse = (values: Record<string, string | string[]>, now = new Date('2026-11-23T12:00:00Z')) => eventInputSchema(NY, now).safeParse(eventFormToValues(form(values)));
const input = (values: Record<string, string | string[]> = {}) => {
  const result = parse({ ...baseForm(), ...values });
  if (!result.success) throw new Error(JSON.stringify(result.error.issues));
  return result.data as EventInput;
};

beforeAll(async () => {
  [staff, admin, partner] = await Promise.all([demoActor(db, 'staff'), demoActor(db, 'admin'), demoActor(db, 'partner')]);
  confidentialLocationId = (await db.location.findFirstOrThrow({ where: { isConfidential: true } })).id;
});
afterAll(async () => {
  const mine = await db.event.findMany({ where: { slug: { startsWith: 'events-test-' } }, select: { id: true } });
  await db.revision.deleteMany({ where: { entityType: 'event', entityId: { in: mine.map((e) => e.id) } } });
  await db.event.deleteMany({ where: { id: { in: mine.map((e) => e.id) } } });
  await db.$disconnect();
});

describe('public calendar', () => {
  it('lists upcoming occurrences by day with Welcome Week, and marks the cancelled class', async () => {
    const result = await listEventDays('en', filters({ to: null }));
    const slugs = result.days.flatMap((d) => d.items.map((i) => i.slug));
    expect(result.total).toBeGreaterThan(20);
    expect(result.days.length).toBeGreaterThan(1);
    const all = [];
    for (let page = 1; page <= result.pageCount; page++) all.push(...(await listEventDays('en', filters({ page }))).days.flatMap((d) => d.items));
    expect(all.some((i) => i.slug === 'riverton-welcome-week' && i.allDay && i.featured)).toBe(true);
    expect(all.some((i) => i.slug === 'evening-english-new-term-elm-heights' && i.cancelled)).toBe(true);
    expect(slugs.length).toBeLessThanOrEqual(20);
  });

  it('filters by session language, topic and free, and by a date range in the city zone', async () => {
    const arabic = await listEventDays('en', filters({ lang: 'ar' }));
    expect(arabic.days.flatMap((d) => d.items).every((i) => i.languages.includes('ar'))).toBe(true);
    const legal = await listEventDays('en', filters({ category: 'legal-immigration' }));
    expect(legal.days.flatMap((d) => d.items).every((i) => i.category?.slug === 'legal-immigration')).toBe(true);
    const nothing = await listEventDays('en', filters({ category: 'no-such-topic' }));
    expect(nothing.total).toBe(0);
    const today = zonedParts(new Date(), NY).dateKey;
    const oneDay = await listEventDays('en', filters({ from: today, to: today }));
    expect(oneDay.days.every((d) => d.dateKey === today)).toBe(true);
  });

  it('builds a month and keeps past events in the archive', async () => {
    const month = await listEventMonth('en', filters());
    expect(month.total).toBeGreaterThan(0);
    expect([...month.byDay.keys()].every((k) => k.startsWith(month.month))).toBe(true);
    const past = await listPastEvents('en', filters());
    expect(past.events.map((e) => e.slug)).toContain('citizenship-day-casa-latina');
    expect(past.events.every((e) => e.lastEnd <= new Date())).toBe(true);
  });

  it('shows featured events first on the home page, with their slugs for links', async () => {
    const home = await listUpcomingOccurrences('en', { limit: 4, featuredFirst: true });
    expect(home[0]!.featured).toBe(true);
    expect(home.map((e) => e.slug)).toContain('riverton-welcome-week');
  });

  it('refuses malformed filters', () => {
    const bads: Record<string, string | string[]>[] = [{ from: '2026-02-30' }, { from: '2027-01-01', to: '2026-01-01' }, { from: '1999-12-31' }, { month: '2026-13' }, { from: '2026-01-01', to: '2028-01-01' }, { free: 'banana' }, { page: ['1', '2'] }];
    for (const bad of bads) {
      expect(parseEventFilters(bad)).toBeNull();
    }
    expect(parseEventFilters({ from: '', to: '', category: '', month: '2026-11' })).toMatchObject({ month: '2026-11', from: null });
  });
});

describe('event editor data layer', () => {
  it('refuses partners and anonymous callers', async () => {
    await expect(createEventOrThrow(partner, input())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createEventOrThrow(null, input())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listEventsForStaff(partner, {})).rejects.toBeInstanceOf(ForbiddenError);
    const { id } = await createEventOrThrow(staff, input());
    await expect(updateEventOrThrow(partner, id, 1, input())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setEventStatusOrThrow(partner, id, 1, 'published')).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getEventForEditOrThrow(partner, id)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('creates, publishes, refuses a stale save with what changed, and restores', async () => {
    const first = input({ ovDate: '2027-03-09', ovAction: 'cancel', ovNote: 'Teacher training' });
    const { id } = await createEventOrThrow(staff, first);
    expect((await getEventForEditOrThrow(staff, id)).overrides).toHaveLength(1);
    await setEventStatusOrThrow(staff, id, 1, 'published');
    await updateEventOrThrow(staff, id, 2, { ...first, title: 'Renamed by A' });
    const stale = updateEventOrThrow(admin, id, 2, { ...first, summary: 'B edits version 2' });
    await expect(stale).rejects.toBeInstanceOf(StaleVersionError);
    expect(((await stale.catch((e) => e)) as StaleVersionError).changes).toContainEqual({ field: 'title', before: 'Events test class', after: 'Renamed by A' });
    const revisions = await listRevisions(staff, 'event', id);
    expect(revisions.map((r) => r.action)).toEqual(['update', 'publish', 'create']);
    const restored = await restoreEventRevisionOrThrow(staff, revisions.find((r) => r.version === 2)!.id, 3);
    expect(restored.version).toBe(4);
    const row = await getEventForEditOrThrow(staff, id);
    expect([row.title, row.status, row.overrides.length]).toEqual(['Events test class', 'published', 1]);
  });

  it('saves a translation with its status, shows it on the public page and marks it outdated when the source changes', async () => {
    const e = input();
    const { id } = await createEventOrThrow(staff, e);
    const spanish = { locale: 'es', field: 'title', value: 'Clase de prueba', status: 'reviewed' as const };
    await expect(saveEventTranslationOrThrow(partner, id, 1, spanish)).rejects.toBeInstanceOf(ForbiddenError);
    await saveEventTranslationOrThrow(staff, id, 1, spanish);
    await setEventStatusOrThrow(staff, id, 2, 'published');
    expect((await getPublicEvent(e.slug, 'es'))!.title).toEqual({ text: 'Clase de prueba', lang: 'es', status: 'reviewed' });
    expect((await getEventForEditOrThrow(staff, id)).translationViews).toContainEqual({ locale: 'es', field: 'title', value: 'Clase de prueba', status: 'reviewed', outdated: false });
    await updateEventOrThrow(staff, id, 3, { ...e, title: 'New source title' });
    expect((await getEventForEditOrThrow(staff, id)).translationViews.find((v) => v.locale === 'es')!.outdated).toBe(true);
    await expect(saveEventTranslationOrThrow(staff, id, 1, spanish)).rejects.toBeInstanceOf(StaleVersionError);
  });

  it('blocks publishing without a place or online link', async () => {
    const { id } = await createEventOrThrow(staff, input({ onlineUrl: '' }));
    await expect(setEventStatusOrThrow(staff, id, 1, 'published')).rejects.toBeInstanceOf(PublishBlockedError);
  });

  it('never puts a confidential address in the page data, the feed or the .ics', async () => {
    const e = input({ locationId: confidentialLocationId, onlineUrl: '', repeat: 'none', weekdays: [], startDate: zonedParts(new Date(Date.now() + 5 * 86_400_000), NY).dateKey, endDate: '' });
    const { id } = await createEventOrThrow(staff, { ...e, endsAt: new Date(e.startsAt.getTime() + 3_600_000) });
    await setEventStatusOrThrow(staff, id, 1, 'published');
    const location = await db.location.findUniqueOrThrow({ where: { id: confidentialLocationId } });
    const page = await getPublicEvent(e.slug, 'en');
    expect(page!.location!.address).toBeNull();
    expect(JSON.stringify(page)).not.toContain(location.address1);
    const feed = buildCalendar({ name: 'x', uidDomain: 'test.example', events: await listFeedEvents('en', {}, 'https://test.example') });
    expect(feed).toContain(`UID:${id}@test.example`);
    expect(feed).not.toContain(location.address1);
    const parsed = new ICAL.Component(ICAL.parse(feed));
    const mine = parsed.getAllSubcomponents('vevent').find((v) => v.getFirstPropertyValue('uid') === `${id}@test.example`)!;
    expect(mine.getFirstPropertyValue('location')).toBe(location.neighborhood);
  });
});

describe('event form validation', () => {
  const errorsOf = (values: Record<string, string | string[]>) => {
    const r = parse({ ...baseForm(), ...values });
    return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
  };

  it('refuses an end before the start, invalid zones and far dates', () => {
    expect(errorsOf({ endTime: '17:00' })).toEqual({ endTime: 'endBeforeStart' });
    expect(errorsOf({ timezone: 'Mars/Olympus' })).toEqual({ timezone: 'timezone' });
    expect(errorsOf({ timezone: 'EST5EDT; DROP' })).toEqual({ timezone: 'timezone' });
    expect(errorsOf({ startDate: '1999-12-31', endDate: '1999-12-31' })).toMatchObject({ startDate: 'tooEarly' });
    expect(errorsOf({ startDate: '2040-01-01', endDate: '2040-01-01' })).toMatchObject({ startDate: 'tooLate' });
    expect(errorsOf({ startDate: '2027-02-30' })).toMatchObject({ startDate: 'date' });
  });

  it('refuses impossible recurrences and single-date changes', () => {
    expect(errorsOf({ weekdays: ['4'] })).toEqual({ weekdays: 'weekdayNotChosen' });
    expect(errorsOf({ ends: 'until', until: '2027-03-01', count: '' })).toEqual({ until: 'untilBeforeStart' });
    expect(errorsOf({ count: '0' })).toMatchObject({ count: 'countRange' });
    expect(errorsOf({ count: '' })).toEqual({ count: 'needsEnd' });
    expect(errorsOf({ ovDate: '2027-03-10', ovAction: 'cancel' })).toEqual({ 'overrides.0.date': 'notAnOccurrence' });
    expect(errorsOf({ ovDate: '2027-03-09', ovAction: 'move' })).toEqual({ 'overrides.0.newDate': 'moveNeedsTime' });
    expect(errorsOf({ repeat: 'none', weekdays: [], ovDate: '2027-03-09' })).toEqual({ overrides: 'overrideNotRecurring' });
  });

  it('stores all-day events with the exclusive end, in the event zone', () => {
    const e = input({ allDay: 'on', startTime: '', endTime: '', startDate: '2027-03-13', endDate: '2027-03-14', repeat: 'none', weekdays: [] });
    expect([e.startsAt.toISOString(), e.endsAt.toISOString()]).toEqual(['2027-03-13T05:00:00.000Z', '2027-03-15T04:00:00.000Z']);
  });
});
