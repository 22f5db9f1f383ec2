import { describe, expect, it } from 'vitest';
import { searchClock } from './clock';

describe('searchClock', () => {
  it('gives the wall clock of the city, Monday 00:00 being minute 0 of the week', () => {
    // 2026-11-23 is a Monday; 14:30 UTC is 09:30 in New York (EST, UTC-5).
    expect(searchClock(new Date('2026-11-23T14:30:00Z'), 'America/New_York')).toEqual({
      today: '2026-11-23', yesterday: '2026-11-22', weekday: 1, yesterdayWeekday: 7, minutes: 570, minuteOfWeek: 570,
    });
  });

  it('follows daylight saving time', () => {
    // 2026-07-05 is a Sunday; 03:00 UTC is 23:00 on Saturday in New York (EDT, UTC-4).
    expect(searchClock(new Date('2026-07-05T03:00:00Z'), 'America/New_York')).toMatchObject({ today: '2026-07-04', weekday: 6, minuteOfWeek: 5 * 1440 + 1380 });
  });
});
