import { describe, expect, it } from 'vitest';
import { diffSnapshots } from './diff';

describe('diffSnapshots', () => {
  it('sees no change in list items saved with their keys in another order', () => {
    const before = { hours: [{ weekday: '6', opensAt: '10:00', closesAt: '11:30' }] };
    const after = { hours: [{ opensAt: '10:00', closesAt: '11:30', weekday: '6' }] };
    expect(diffSnapshots(before, after)).toEqual([]);
    expect(diffSnapshots(before, { hours: [{ ...after.hours[0], closesAt: '12:00' }] })).toHaveLength(1);
  });
});
