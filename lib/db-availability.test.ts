import { afterEach, describe, expect, it } from 'vitest';
import { databaseAvailability, markDatabaseDown, markDatabaseUp, queueLimit, registerDatabasePool, SHED_AFTER_WAIT_MS, type PoolGauge } from './db-availability';

// A pool as the proxy sees it: how many wait, and since when the oldest has.
function gauge(waitingCount: number, oldestWaitStartedAt: number | null, max = 10): PoolGauge {
  return { waitingCount, options: { max }, oldestWaitStartedAt: () => oldestWaitStartedAt };
}

const now = 1_000_000;
let later = now;
// Each case starts after the previous one's overload hold has run out.
const nextMoment = () => (later += 60_000);

afterEach(() => markDatabaseUp());

describe('load shedding decides on how long requests wait for a connection', () => {
  it('a long queue that moves fast is ordinary load, not overload', () => {
    const at = nextMoment();
    registerDatabasePool(gauge(60, at - 300), async () => true);
    expect(databaseAvailability(at)).toBe('up');
  });

  it('a request that has waited longer than the limit sheds new ones, for a moment', () => {
    const at = nextMoment();
    registerDatabasePool(gauge(3, at - SHED_AFTER_WAIT_MS - 1), async () => true);
    expect(databaseAvailability(at)).toBe('overloaded');
    // The hold outlives the wait that caused it, so a queue at the edge does not flap per request.
    registerDatabasePool(gauge(0, null), async () => true);
    expect(databaseAvailability(at + 100)).toBe('overloaded');
    expect(databaseAvailability(at + 5_000)).toBe('up');
  });

  it('a burst far larger than the pool is shed before anyone has waited long', () => {
    const at = nextMoment();
    registerDatabasePool(gauge(queueLimit(10), at), async () => true);
    expect(databaseAvailability(at)).toBe('overloaded');
    expect(queueLimit(1)).toBe(100);
    expect(queueLimit(20)).toBe(500);
  });

  it('a database that is down is down, whatever the queue', () => {
    const at = nextMoment();
    registerDatabasePool(gauge(0, null), async () => false);
    markDatabaseDown();
    expect(databaseAvailability(at)).toBe('down');
    markDatabaseUp();
    expect(databaseAvailability(at)).toBe('up');
  });
});
