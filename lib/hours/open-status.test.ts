import { describe, expect, it } from 'vitest';
import { zonedToInstant } from '../time/zoned';
import { openStatus, type WeeklyInterval } from './open-status';

const NY = 'America/New_York';
const at = (dateKey: string, hh: number, mm = 0) => zonedToInstant(dateKey, hh * 60 + mm, NY);
const weekdays9to5: WeeklyInterval[] = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensAt: 540, closesAt: 1020 }));

describe('openStatus', () => {
  it('is open during hours and says when it closes', () => {
    // 2026-11-23 is a Monday.
    expect(openStatus(weekdays9to5, [], NY, at('2026-11-23', 10))).toEqual({
      state: 'open',
      closesAt: { dateKey: '2026-11-23', minutes: 1020 },
    });
  });

  it('is closed on Saturday and opens Monday', () => {
    expect(openStatus(weekdays9to5, [], NY, at('2026-11-28', 12))).toEqual({
      state: 'closed',
      opensAt: { dateKey: '2026-11-30', minutes: 540 },
    });
  });

  it('closes at the closing minute itself', () => {
    expect(openStatus(weekdays9to5, [], NY, at('2026-11-23', 17)).state).toBe('closed');
  });

  it('honours a holiday exception', () => {
    const thanksgiving = { dateKey: '2026-11-26', closed: true, opensAt: null, closesAt: null };
    expect(openStatus(weekdays9to5, [thanksgiving], NY, at('2026-11-26', 10))).toEqual({
      state: 'closed',
      opensAt: { dateKey: '2026-11-27', minutes: 540 },
    });
  });

  it('handles an interval past midnight that began the day before', () => {
    const nightShelter: WeeklyInterval[] = [{ weekday: 1, opensAt: 20 * 60, closesAt: 8 * 60 }];
    expect(openStatus(nightShelter, [], NY, at('2026-11-24', 2))).toEqual({
      state: 'open',
      closesAt: { dateKey: '2026-11-24', minutes: 480 },
    });
  });

  it('recognises a line that never closes', () => {
    const hotline = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opensAt: 0, closesAt: 1440 }));
    expect(openStatus(hotline, [], NY, at('2026-11-23', 3)).state).toBe('open24h');
  });

  it('uses local time on the day clocks change', () => {
    // Sunday 2026-03-08: open 10–14. At 13:30 EDT (17:30Z) it is open.
    const sunday: WeeklyInterval[] = [{ weekday: 7, opensAt: 600, closesAt: 840 }];
    expect(openStatus(sunday, [], NY, new Date('2026-03-08T17:30:00Z')).state).toBe('open');
    expect(openStatus(sunday, [], NY, new Date('2026-03-08T18:30:00Z')).state).toBe('closed');
  });

  it('is unknown when no hours are recorded', () => {
    expect(openStatus([], [], NY, new Date()).state).toBe('unknown');
  });
});
