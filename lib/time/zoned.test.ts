import { describe, expect, it } from 'vitest';
import { addDays, weekdayOf, zonedParts, zonedToInstant } from './zoned';

const NY = 'America/New_York';

describe('zonedToInstant', () => {
  it('converts an ordinary winter and summer wall time', () => {
    expect(zonedToInstant('2026-01-15', 9 * 60, NY).toISOString()).toBe('2026-01-15T14:00:00.000Z');
    expect(zonedToInstant('2026-07-15', 9 * 60, NY).toISOString()).toBe('2026-07-15T13:00:00.000Z');
  });

  it('moves a time in the spring-forward gap one hour later', () => {
    // 2026-03-08 02:30 does not exist in New York; 03:30 EDT = 07:30Z.
    expect(zonedToInstant('2026-03-08', 150, NY).toISOString()).toBe('2026-03-08T07:30:00.000Z');
  });

  it('takes the first of two instants in the fall-back overlap', () => {
    // 2026-11-01 01:30 happens twice; the first is EDT (05:30Z).
    expect(zonedToInstant('2026-11-01', 90, NY).toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });

  it('round-trips through zonedParts in zones east and west of UTC', () => {
    for (const zone of [NY, 'Asia/Kabul', 'Europe/Paris', 'Australia/Lord_Howe']) {
      const instant = zonedToInstant('2026-10-04', 18 * 60 + 15, zone);
      const parts = zonedParts(instant, zone);
      expect(parts.dateKey).toBe('2026-10-04');
      expect(parts.minutes).toBe(18 * 60 + 15);
    }
  });
});

describe('calendar helpers', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });

  it('gives ISO weekdays', () => {
    expect(weekdayOf('2026-11-23')).toBe(1); // Monday
    expect(weekdayOf('2026-11-29')).toBe(7); // Sunday
  });
});
