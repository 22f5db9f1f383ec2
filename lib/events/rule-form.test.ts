import { describe, expect, it } from 'vitest';
import { zonedParts, zonedToInstant } from '../time/zoned';
import { expandOccurrences, lastEnd, resolveOccurrences } from './recurrence';
import { jsonLdScriptText } from '../seo/json-ld';
import { buildRule, choiceFromRule, weekdayPosition } from './rule-form';

const NY = 'America/New_York';
const dates = (list: { start: Date }[]) => list.map((o) => zonedParts(o.start, NY).dateKey);
const wide = [new Date('2000-01-01'), new Date('2100-01-01')] as const;

describe('buildRule', () => {
  const base = { interval: 1, weekdays: [] as number[], monthlyBy: 'date' as const, ends: 'count' as const, until: null, count: 5 };

  it('builds monthly rules from the start date: the 31st, the 2nd Wednesday, the last Friday', () => {
    expect(buildRule({ ...base, repeat: 'monthly' }, '2026-01-31', NY)).toBe('FREQ=MONTHLY;BYMONTHDAY=31;COUNT=5');
    expect(buildRule({ ...base, repeat: 'monthly', monthlyBy: 'weekday' }, '2026-01-14', NY)).toBe('FREQ=MONTHLY;BYDAY=2WE;COUNT=5');
    expect(buildRule({ ...base, repeat: 'monthly', monthlyBy: 'lastWeekday' }, '2026-01-30', NY)).toBe('FREQ=MONTHLY;BYDAY=-1FR;COUNT=5');
    expect(weekdayPosition('2026-01-30')).toEqual({ weekday: 5, nth: 5, last: true });
  });

  it('ends weekly rules on the last second of the chosen day in the event zone', () => {
    const rule = buildRule({ ...base, repeat: 'weekly', weekdays: [2, 4], ends: 'until', until: '2026-11-10', count: null }, '2026-10-27', NY)!;
    expect(rule).toBe('FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20261111T045959Z');
    const start = zonedToInstant('2026-10-27', 18 * 60, NY);
    const occurrences = expandOccurrences({ startsAt: start, endsAt: new Date(start.getTime() + 3_600_000), timezone: NY, recurrenceRule: rule }, ...wide);
    expect(dates(occurrences)).toEqual(['2026-10-27', '2026-10-29', '2026-11-03', '2026-11-05', '2026-11-10']);
    expect(choiceFromRule(rule, NY)).toMatchObject({ repeat: 'weekly', weekdays: [2, 4], ends: 'until', until: '2026-11-10' });
  });
});

describe('all-day and overrides', () => {
  it('keeps a recurring all-day event a whole day across the March change (exclusive end at local midnight)', () => {
    const start = zonedToInstant('2026-03-01', 0, NY);
    const event = { startsAt: start, endsAt: zonedToInstant('2026-03-02', 0, NY), timezone: NY, recurrenceRule: 'FREQ=WEEKLY;COUNT=3', allDay: true };
    const occurrences = expandOccurrences(event, ...wide);
    expect(occurrences.map((o) => [o.start.toISOString(), o.end.toISOString()])).toEqual([
      ['2026-03-01T05:00:00.000Z', '2026-03-02T05:00:00.000Z'],
      ['2026-03-08T05:00:00.000Z', '2026-03-09T04:00:00.000Z'], // 23-hour day
      ['2026-03-15T04:00:00.000Z', '2026-03-16T04:00:00.000Z'],
    ]);
    expect(lastEnd(event)!.toISOString()).toBe('2026-03-16T04:00:00.000Z');
  });

  it('marks cancelled occurrences and moves changed ones, even into the window from outside', () => {
    const start = zonedToInstant('2026-01-05', 600, NY);
    const event = {
      startsAt: start, endsAt: new Date(start.getTime() + 3_600_000), timezone: NY, recurrenceRule: 'FREQ=WEEKLY;COUNT=4',
      overrides: [
        { originalStart: zonedToInstant('2026-01-12', 600, NY), cancelled: true, newStartsAt: null, newEndsAt: null, note: 'Snow' },
        { originalStart: zonedToInstant('2026-01-26', 600, NY), cancelled: false, newStartsAt: zonedToInstant('2026-01-24', 600, NY), newEndsAt: null, note: '' },
      ],
    };
    const window = resolveOccurrences(event, new Date('2026-01-10T00:00:00Z'), new Date('2026-01-25T00:00:00Z'));
    expect(window.map((o) => [zonedParts(o.start, NY).dateKey, o.cancelled, o.moved])).toEqual([
      ['2026-01-12', true, false], ['2026-01-19', false, false], ['2026-01-24', false, true],
    ]);
    expect(lastEnd({ ...event, recurrenceRule: 'FREQ=WEEKLY' })).toBeNull();
  });
});

describe('jsonLdScriptText', () => {
  it('cannot be broken out of with </script>, and parses back to the same data', () => {
    const data = { name: 'Class </script><script>alert(1)</script> & more \u2028' };
    const text = jsonLdScriptText(data);
    expect(text).not.toMatch(/<|>/);
    expect(JSON.parse(text)).toEqual(data);
  });
});
