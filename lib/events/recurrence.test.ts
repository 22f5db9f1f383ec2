import { describe, expect, it } from 'vitest';
import { zonedParts, zonedToInstant } from '../time/zoned';
import { expandOccurrences, parseRule, RecurrenceRuleError } from './recurrence';

const NY = 'America/New_York';
const wide = [new Date('2000-01-01'), new Date('2100-01-01')] as const;

function event(dateKey: string, minutes: number, rule: string | null, hours = 2) {
  const startsAt = zonedToInstant(dateKey, minutes, NY);
  return { startsAt, endsAt: new Date(startsAt.getTime() + hours * 3_600_000), timezone: NY, recurrenceRule: rule };
}

describe('expandOccurrences', () => {
  it('keeps a weekly class at 6 pm local time across the November clock change', () => {
    const occurrences = expandOccurrences(event('2026-10-20', 18 * 60, 'FREQ=WEEKLY;BYDAY=TU,TH;COUNT=6'), ...wide);
    expect(occurrences).toHaveLength(6);
    for (const o of occurrences) expect(zonedParts(o.start, NY).minutes).toBe(18 * 60);
    expect(occurrences.map((o) => zonedParts(o.start, NY).dateKey)).toEqual([
      '2026-10-20', '2026-10-22', '2026-10-27', '2026-10-29', '2026-11-03', '2026-11-05',
    ]);
    // The UTC hour moves by one when daylight saving ends.
    expect(occurrences[0]!.start.toISOString()).toBe('2026-10-20T22:00:00.000Z');
    expect(occurrences[4]!.start.toISOString()).toBe('2026-11-03T23:00:00.000Z');
  });

  it('finds the first Saturday of each month', () => {
    const occurrences = expandOccurrences(event('2026-01-03', 600, 'FREQ=MONTHLY;BYDAY=1SA;COUNT=4'), ...wide);
    expect(occurrences.map((o) => zonedParts(o.start, NY).dateKey)).toEqual(['2026-01-03', '2026-02-07', '2026-03-07', '2026-04-04']);
  });

  it('skips months without a 31st, as RFC 5545 says', () => {
    const occurrences = expandOccurrences(event('2026-01-31', 600, 'FREQ=MONTHLY;COUNT=4'), ...wide);
    expect(occurrences.map((o) => zonedParts(o.start, NY).dateKey)).toEqual(['2026-01-31', '2026-03-31', '2026-05-31', '2026-07-31']);
  });

  it('supports the last weekday of the month and UNTIL', () => {
    const occurrences = expandOccurrences(event('2026-01-30', 600, 'FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20260501T000000Z'), ...wide);
    expect(occurrences.map((o) => zonedParts(o.start, NY).dateKey)).toEqual(['2026-01-30', '2026-02-27', '2026-03-27', '2026-04-24']);
  });

  it('returns only the occurrences inside the window', () => {
    const weekly = event('2026-01-06', 600, 'FREQ=WEEKLY');
    const inJune = expandOccurrences(weekly, new Date('2026-06-01T00:00:00Z'), new Date('2026-06-30T00:00:00Z'));
    expect(inJune.map((o) => zonedParts(o.start, NY).dateKey)).toEqual(['2026-06-02', '2026-06-09', '2026-06-16', '2026-06-23']);
  });

  it('returns a single event once, or not at all outside the window', () => {
    const single = event('2026-05-01', 600, null);
    expect(expandOccurrences(single, ...wide)).toHaveLength(1);
    expect(expandOccurrences(single, new Date('2027-01-01'), new Date('2028-01-01'))).toHaveLength(0);
  });
});

describe('parseRule', () => {
  it.each([
    'FREQ=YEARLY',
    'FREQ=WEEKLY;COUNT=0',
    'FREQ=WEEKLY;COUNT=5;UNTIL=20270101',
    'FREQ=WEEKLY;BYDAY=XX',
    'FREQ=WEEKLY;BYDAY=1MO',
    'FREQ=DAILY;BYMONTHDAY=40',
    'FREQ=WEEKLY;FREQ=DAILY',
    'nonsense',
  ])('refuses %s', (rule) => {
    expect(() => parseRule(rule)).toThrow(RecurrenceRuleError);
  });
});
