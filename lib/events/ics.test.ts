import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { zonedToInstant } from '../time/zoned';
import { buildCalendar, type IcsEvent } from './ics';

// The calendar is read back with ical.js, an independent parser that applies our VTIMEZONE
// itself: if the zone data or the TZID times were wrong, the instants below would be.

const NY = 'America/New_York';
const at = (dateKey: string, hour: number, tz = NY) => zonedToInstant(dateKey, hour * 60, tz);

function event(overrides: Partial<IcsEvent>): IcsEvent {
  const startsAt = overrides.startsAt ?? at('2026-03-03', 18);
  return {
    id: crypto.randomUUID(), title: 'Evening English', description: 'Bring a notebook.', url: 'https://desk.example/en/events/esl',
    location: 'Main Library', categories: ['English classes'], timezone: NY, startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
    allDay: false, recurrenceRule: null, overrides: [], updatedAt: new Date('2026-01-01T00:00:00Z'), sequence: 3, ...overrides,
  };
}

/** Every occurrence start (UTC ISO) of the calendar's events, exceptions applied. */
function occurrences(text: string, max = 50) {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  const vevents = root.getAllSubcomponents('vevent');
  const masters = vevents.filter((v) => !v.hasProperty('recurrence-id')).map((v) => new ICAL.Event(v));
  for (const v of vevents.filter((x) => x.hasProperty('recurrence-id'))) {
    const exception = new ICAL.Event(v);
    masters.find((m) => m.uid === exception.uid)!.relateException(exception);
  }
  const out: { uid: string; start: string; end: string; local: string }[] = [];
  for (const master of masters) {
    const it = master.iterator();
    for (let next = it.next(), n = 0; next && n < max; next = it.next(), n++) {
      const details = master.getOccurrenceDetails(next);
      out.push({ uid: master.uid, start: details.startDate.toJSDate().toISOString(), end: details.endDate.toJSDate().toISOString(), local: details.startDate.toString() });
    }
  }
  return { root, out };
}

describe('buildCalendar', () => {
  it('keeps a weekly 6 pm class at 6 pm across the March clock change, with a cancelled and a moved week', () => {
    const e = event({
      recurrenceRule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=4',
      overrides: [
        { originalStart: at('2026-03-10', 18), cancelled: true, newStartsAt: null, newEndsAt: null, note: 'No class' },
        { originalStart: at('2026-03-17', 18), cancelled: false, newStartsAt: at('2026-03-18', 17), newEndsAt: at('2026-03-18', 19), note: 'Moved to Wednesday' },
      ],
    });
    const text = buildCalendar({ name: 'Events', uidDomain: 'desk.example', events: [e] });
    expect(text).toContain('DTSTART;TZID=America/New_York:20260303T180000');
    expect(text).toContain(`UID:${e.id}@desk.example`);
    expect(text).toContain('EXDATE;TZID=America/New_York:20260310T180000');
    expect(text).toContain('RECURRENCE-ID;TZID=America/New_York:20260317T180000');
    const { out } = occurrences(text);
    expect(out.map((o) => o.start)).toEqual([
      '2026-03-03T23:00:00.000Z', // EST, UTC-5
      '2026-03-18T21:00:00.000Z', // moved: Wednesday 5 pm EDT
      '2026-03-24T22:00:00.000Z', // EDT, UTC-4: still 6 pm on the wall clock
    ]);
  });

  it('keeps the wall time across the November change and ends with UNTIL in UTC', () => {
    const e = event({ startsAt: at('2026-10-27', 18), endsAt: at('2026-10-27', 20), recurrenceRule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261111T045959Z' });
    const { out } = occurrences(buildCalendar({ name: 'Events', uidDomain: 'desk.example', events: [e] }));
    expect(out.map((o) => o.start)).toEqual(['2026-10-27T22:00:00.000Z', '2026-11-03T23:00:00.000Z', '2026-11-10T23:00:00.000Z']);
    expect(out.map((o) => o.end)).toEqual(['2026-10-28T00:00:00.000Z', '2026-11-04T01:00:00.000Z', '2026-11-11T01:00:00.000Z']);
  });

  it('repeats on the 31st only in months that have one', () => {
    const e = event({ startsAt: at('2026-01-31', 10), endsAt: at('2026-01-31', 11), recurrenceRule: 'FREQ=MONTHLY;BYMONTHDAY=31;COUNT=4' });
    const { out } = occurrences(buildCalendar({ name: 'Events', uidDomain: 'desk.example', events: [e] }));
    expect(out.map((o) => o.local.slice(0, 10))).toEqual(['2026-01-31', '2026-03-31', '2026-05-31', '2026-07-31']);
    expect(out[0]!.start).toBe('2026-01-31T15:00:00.000Z');
    expect(out[1]!.start).toBe('2026-03-31T14:00:00.000Z');
  });

  it('writes all-day events as dates with an exclusive end', () => {
    const e = event({ allDay: true, startsAt: at('2026-11-02', 0), endsAt: at('2026-11-07', 0) });
    const text = buildCalendar({ name: 'Events', uidDomain: 'desk.example', events: [e] });
    expect(text).toContain('DTSTART;VALUE=DATE:20261102');
    expect(text).toContain('DTEND;VALUE=DATE:20261107');
    const { root } = occurrences(text);
    const parsed = new ICAL.Event(root.getFirstSubcomponent('vevent')!);
    expect(parsed.startDate.isDate).toBe(true);
    expect(parsed.duration.toSeconds()).toBe(5 * 86_400);
  });

  it('writes a zone without daylight saving, and escapes text', () => {
    const e = event({ timezone: 'Asia/Kolkata', startsAt: at('2026-06-01', 9, 'Asia/Kolkata'), endsAt: at('2026-06-01', 10, 'Asia/Kolkata'), title: 'Clinic; walk-in, free </script>' });
    const text = buildCalendar({ name: 'Events', uidDomain: 'desk.example', events: [e] });
    const { root, out } = occurrences(text);
    expect(out[0]!.start).toBe('2026-06-01T03:30:00.000Z');
    expect(root.getFirstSubcomponent('vevent')!.getFirstPropertyValue('summary')).toBe('Clinic; walk-in, free </script>');
  });
});
