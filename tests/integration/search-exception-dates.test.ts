import { afterAll, describe, expect, it } from 'vitest';
import { testDb } from './support/db';

// "Open now" decides from live rows only the services whose search row lists an exception
// today or yesterday (ServiceSearchDocument.exceptionDates), so that list must follow every
// write to HoursException, by whatever path.
const db = testDb();
afterAll(() => db.$disconnect());

async function datesOf(serviceId: string): Promise<string[] | null> {
  const [row] = await db.$queryRaw<{ dates: string[] | null }[]>`
    SELECT "exceptionDates"::text[] AS dates FROM "ServiceSearchDocument" WHERE "serviceId" = ${serviceId}::uuid`;
  return row!.dates;
}

describe('exception dates of a search row', () => {
  it('follow exceptions as they are added, moved and removed', async () => {
    const service = await db.service.findFirstOrThrow({ where: { searchDocument: { isNot: null }, exceptions: { none: {} } }, select: { id: true } });
    expect(await datesOf(service.id)).toBeNull();
    const first = await db.hoursException.create({ data: { serviceId: service.id, date: new Date('2031-05-02'), closed: true } });
    try {
      await db.hoursException.create({ data: { serviceId: service.id, date: new Date('2031-05-01'), closed: false, opensAt: 600, closesAt: 720 } });
      expect(await datesOf(service.id)).toEqual(['2031-05-01', '2031-05-02']);
      await db.hoursException.update({ where: { id: first.id }, data: { date: new Date('2031-05-09') } });
      expect(await datesOf(service.id)).toEqual(['2031-05-01', '2031-05-09']);
      await db.hoursException.deleteMany({ where: { serviceId: service.id, date: new Date('2031-05-01') } });
      expect(await datesOf(service.id)).toEqual(['2031-05-09']);
    } finally {
      await db.hoursException.deleteMany({ where: { serviceId: service.id } });
    }
    expect(await datesOf(service.id)).toBeNull();
  });

  it('are set when a search row is rebuilt, and agree with HoursException everywhere', async () => {
    const withExceptions = await db.hoursException.findFirstOrThrow({ select: { serviceId: true } });
    await db.$executeRaw`SELECT refresh_service_search(ARRAY[${withExceptions.serviceId}::uuid])`;
    expect((await datesOf(withExceptions.serviceId))?.length).toBeGreaterThan(0);
    const [counts] = await db.$queryRaw<{ rows: number; wrong: number }[]>`
      SELECT count(*)::int AS rows,
        count(*) FILTER (WHERE d."exceptionDates" IS DISTINCT FROM search_exception_dates(d."serviceId"))::int AS wrong
      FROM "ServiceSearchDocument" d`;
    expect(counts!.rows).toBeGreaterThan(0);
    expect(counts!.wrong).toBe(0);
  });
});
