import { afterAll, describe, expect, it } from 'vitest';
import { verificationCutoff } from '../../lib/data/visibility';
import { openStatus } from '../../lib/hours/open-status';
import { zonedToInstant } from '../../lib/time/zoned';
import { SEARCH_FLAGS } from '../../lib/validation/search-params';
import { testDb } from './support/db';
import { allResults, categoriesOf, search } from './support/search';

// PRODUCT P2: filters combine with the words and with each other, and the number shown next
// to each option is the number of results choosing it would give.
const db = testDb();
afterAll(() => db.$disconnect());

async function servicesBySlug(slugs: string[]) {
  const rows = await db.service.findMany({
    where: { slug: { in: slugs } },
    select: { slug: true, isFree: true, acceptsWalkIns: true, interpreterAvailable: true, servesRegardlessOfStatus: true, idsAccepted: true, languages: true, locations: { select: { location: { select: { wheelchairAccessible: true } } } } },
  });
  return new Map(rows.map((row) => [row.slug, row]));
}

describe('search filters', () => {
  it('apply each yes/no filter, and count it before it is chosen', async () => {
    const all = await search('en', { q: 'help' });
    for (const flag of SEARCH_FLAGS) {
      const filtered = await allResults('en', { q: 'help', [flag]: '1' });
      expect(filtered.first.total, flag).toBe(all.facets.flags[flag]);
      expect(filtered.items).toHaveLength(filtered.first.total);
      const rows = await servicesBySlug(filtered.items.map((i) => i.slug));
      for (const item of filtered.items) {
        const row = rows.get(item.slug)!;
        const holds = {
          free: row.isFree, walkin: row.acceptsWalkIns, interpreter: row.interpreterAvailable, allstatus: row.servesRegardlessOfStatus,
          noid: row.idsAccepted.includes('none_needed'), wheelchair: row.locations.some((l) => l.location.wheelchairAccessible), opennow: true,
        }[flag];
        expect(holds, `${flag}: ${item.slug}`).toBe(true);
      }
    }
  });

  it('combine filters, each option counted with the others applied', async () => {
    const free = await search('en', { free: '1' });
    const freeWalkIn = await search('en', { free: '1', walkin: '1' });
    expect(freeWalkIn.total).toBe(free.facets.flags.walkin);
    expect(freeWalkIn.total).toBeLessThanOrEqual(free.total);
    // Removing a filter gives the count the zero-results help promises.
    expect(freeWalkIn.withoutFilter.walkin).toBe(free.total);
    expect(freeWalkIn.withoutFilter.free).toBe((await search('en', { walkin: '1' })).total);
  });

  it('filter by category, with a count per category', async () => {
    const all = await search('fr', { q: 'gratuit' });
    const legal = all.facets.categories.find((c) => c.slug === 'legal-immigration')!;
    const filtered = await allResults('fr', { q: 'gratuit', category: 'legal-immigration' });
    expect(filtered.first.total).toBe(legal.count);
    const categories = await categoriesOf(db, filtered.items.map((i) => i.slug));
    for (const item of filtered.items) expect(categories.get(item.slug)!.all).toContain('legal-immigration');
  });

  it('filter by a language the staff speak', async () => {
    const all = await search('ar', {});
    const arabic = all.facets.languages.find((l) => l.code === 'ar')!;
    expect(arabic.count).toBeGreaterThan(0);
    const filtered = await allResults('ar', { lang: 'ar' });
    expect(filtered.first.total).toBe(arabic.count);
    for (const item of filtered.items) expect(item.languages).toContain('ar');
  });

  it('never returns hidden services, whatever the filters', async () => {
    const settings = await db.settings.findUniqueOrThrow({ where: { id: 1 } });
    const stale = await db.service.findMany({ where: { OR: [{ status: { not: 'published' } }, { verifiedAt: { lt: verificationCutoff(settings.verifyHideAfterDays) } }] }, select: { slug: true } });
    expect(stale.length).toBeGreaterThan(0);
    const everything = await allResults('en', {});
    const shown = new Set(everything.items.map((i) => i.slug));
    for (const { slug } of stale) expect(shown.has(slug), slug).toBe(false);
    expect(everything.first.total).toBe(await db.service.count({ where: { status: 'published', organization: { status: 'published' }, verifiedAt: { gte: verificationCutoff(settings.verifyHideAfterDays) } } }));
  });
});

describe('search by distance', () => {
  it('keeps only services within the radius, nearest first, with a count per radius', async () => {
    const near = await search('en', { near: 'frog-hollow' });
    expect(near.order).toBe('distance');
    const distances = near.items.map((i) => i.distanceMiles);
    expect(distances.every((d) => d === null || d >= 0)).toBe(true);
    expect([...distances].filter((d) => d !== null)).toEqual([...distances].filter((d) => d !== null).sort((a, b) => a! - b!));
    for (const { miles, count } of near.facets.within!) {
      const within = await allResults('en', { near: 'frog-hollow', within: String(miles) });
      expect(within.first.total, `${miles} mi`).toBe(count);
      for (const item of within.items) expect(item.distanceMiles!).toBeLessThanOrEqual(miles);
    }
    expect(near.facets.within!.map((w) => w.count)).toEqual([...near.facets.within!.map((w) => w.count)].sort((a, b) => a - b));
  });

  it('accepts ZIP codes, and sorts words by distance on request', async () => {
    const zip = await search('es', { q: 'abogado', near: '06106', sort: 'distance' });
    expect(zip.order).toBe('distance');
    const distances = zip.items.map((i) => i.distanceMiles!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it('places a confidential location at the centre of its neighborhood, never at its address', async () => {
    const place = await db.location.findFirstOrThrow({ where: { isConfidential: true }, include: { services: { include: { service: true } } } });
    const area = await db.searchArea.findFirstOrThrow({ where: { kind: 'neighborhood', name: place.neighborhood } });
    const outcome = await allResults('en', { near: area.code, within: '1' });
    const item = outcome.items.find((i) => i.slug === place.services[0]!.service.slug);
    expect(item?.distanceMiles).toBe(0);
  });
});

describe('open now', () => {
  // The database decides "open now" from precomputed weekly minutes plus live exceptions; it
  // must agree with lib/hours/open-status.ts, which draws the hours on every card.
  async function openByTheBook(now: Date, timeZone: string): Promise<Set<string>> {
    const settings = await db.settings.findUniqueOrThrow({ where: { id: 1 } });
    const services = await db.service.findMany({
      where: { status: 'published', organization: { status: 'published' }, verifiedAt: { gte: verificationCutoff(settings.verifyHideAfterDays, now) } },
      select: { slug: true, hours: true, exceptions: true },
    });
    const open = new Set<string>();
    for (const s of services) {
      const groups = new Set(s.hours.map((h) => h.serviceAtLocationId));
      for (const group of groups) {
        const weekly = s.hours.filter((h) => h.serviceAtLocationId === group);
        const days = s.exceptions
          .filter((e) => e.serviceAtLocationId === group || e.serviceAtLocationId === null)
          .map((e) => ({ dateKey: e.date.toISOString().slice(0, 10), closed: e.closed, opensAt: e.opensAt, closesAt: e.closesAt }));
        const state = openStatus(weekly, days, timeZone, now).state;
        if (state === 'open' || state === 'open24h') open.add(s.slug);
      }
    }
    return open;
  }

  it('agrees with the opening hours on the cards, on ordinary days and on exception days', async () => {
    const { timezone } = await db.settings.findUniqueOrThrow({ where: { id: 1 } });
    const exceptionDays = [...new Set((await db.hoursException.findMany({ select: { date: true } })).map((e) => e.date.toISOString().slice(0, 10)))];
    expect(exceptionDays.length).toBeGreaterThan(0);
    const instants = [
      new Date(),
      ...exceptionDays.flatMap((day) => [zonedToInstant(day, 600, timezone), zonedToInstant(day, 1230, timezone), zonedToInstant(day, 90, timezone)]),
    ];
    let sawOpen = false;
    for (const now of instants) {
      const expected = await openByTheBook(now, timezone);
      sawOpen ||= expected.size > 0;
      const found = await allResults('en', { opennow: '1' }, now);
      expect(new Set(found.items.map((i) => i.slug)), now.toISOString()).toEqual(expected);
    }
    expect(sawOpen).toBe(true);
  });
});
