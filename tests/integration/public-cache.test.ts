import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/auth/actor';
import { setServiceStatusOrThrow } from '../../lib/data/admin/services';
import { recordSearch } from '../../lib/data/insights';
import { cachedPublicRead, publicCacheStats, publicDataChanged } from '../../lib/data/public-cache';
import { getPublicService } from '../../lib/data/services';
import { verificationCutoff } from '../../lib/data/visibility';
import { db as appDb } from '../../lib/db';
import { demoActor } from './support/actors';
import { testDb } from './support/db';

// The public-data cache (ADR 018). Other files run with it off (vitest.config.ts), since
// they change rows behind lib/data's back; here it is on, as in `next start`.
const db = testDb();
let staff: Actor;
let service: { id: string; slug: string; summary: string };
const ttlBefore = process.env.PUBLIC_DATA_CACHE_TTL_MS;

beforeAll(async () => {
  process.env.PUBLIC_DATA_CACHE_TTL_MS = '60000';
  staff = await demoActor(db, 'staff');
  const { verifyHideAfterDays } = await db.settings.findUniqueOrThrow({ where: { id: 1 } });
  service = await db.service.findFirstOrThrow({
    where: { status: 'published', sourceLocale: 'en', organization: { status: 'published' }, verifiedAt: { gte: verificationCutoff(verifyHideAfterDays) } },
    select: { id: true, slug: true, summary: true },
    orderBy: { slug: 'asc' },
  });
  publicDataChanged();
});

afterAll(async () => {
  await db.service.update({ where: { id: service.id }, data: { status: 'published', summary: service.summary } });
  process.env.PUBLIC_DATA_CACHE_TTL_MS = ttlBefore;
  publicDataChanged();
  await db.$disconnect();
});

describe('public-data cache', () => {
  it('keeps a public read between requests, and drops it when a listing is saved through lib/data', async () => {
    expect((await getPublicService(service.slug, 'en'))!.summary.text).toBe(service.summary);
    // Changed behind the app's back (another process): the kept read is still served...
    await db.service.update({ where: { id: service.id }, data: { summary: 'Changed behind the cache' } });
    expect((await getPublicService(service.slug, 'en'))!.summary.text).toBe(service.summary);
    // ...until a save through the data layer, which empties the cache.
    const { version } = await db.service.findUniqueOrThrow({ where: { id: service.id }, select: { version: true } });
    await setServiceStatusOrThrow(staff, service.id, version, 'draft');
    expect(await getPublicService(service.slug, 'en')).toBeNull();
    await db.service.update({ where: { id: service.id }, data: { status: 'published', summary: service.summary } });
    publicDataChanged();
  });

  it('does not keep what a read saw while a transaction that writes a listing was still open', async () => {
    await getPublicService(service.slug, 'en');
    await appDb.$transaction(async (tx) => {
      await tx.service.update({ where: { id: service.id }, data: { summary: 'Saved in a transaction' } });
      // Another request reads meanwhile (outside the transaction): it sees the old row.
      expect((await getPublicService(service.slug, 'en'))!.summary.text).toBe(service.summary);
    });
    expect((await getPublicService(service.slug, 'en'))!.summary.text).toBe('Saved in a transaction');
    await appDb.service.update({ where: { id: service.id }, data: { summary: service.summary } });
    expect((await getPublicService(service.slug, 'en'))!.summary.text).toBe(service.summary);
  });

  it('is left alone by writes no public page shows (search counters)', async () => {
    await getPublicService(service.slug, 'en');
    const before = publicCacheStats();
    await recordSearch({ locale: 'en', categorySlug: null, query: 'cache test', total: 3, page: 1, timeZone: 'America/New_York' });
    await appDb.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT set_config('work_mem', '8MB', true)`;
    });
    expect(publicCacheStats().generation).toBe(before.generation);
    const hits = publicCacheStats().hits;
    await getPublicService(service.slug, 'en');
    expect(publicCacheStats().hits).toBeGreaterThan(hits);
  });

  it('is bounded in size and in time, and shares one read between concurrent misses', async () => {
    publicDataChanged();
    for (let i = 0; i < 3100; i++) await cachedPublicRead(`test:${i}`, async () => i);
    expect(publicCacheStats().entries).toBe(3000);
    // The oldest went first.
    let reads = 0;
    expect(await cachedPublicRead('test:0', async () => ++reads)).toBe(1);
    expect(await cachedPublicRead('test:3099', async () => ++reads)).toBe(3099);

    process.env.PUBLIC_DATA_CACHE_TTL_MS = '30';
    reads = 0;
    const slow = () => new Promise<number>((resolve) => setTimeout(() => resolve(++reads), 10));
    expect(await Promise.all([cachedPublicRead('ttl', slow), cachedPublicRead('ttl', slow)])).toEqual([1, 1]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await cachedPublicRead('ttl', slow)).toBe(2);
    process.env.PUBLIC_DATA_CACHE_TTL_MS = '60000';
    publicDataChanged();
  });

  it('does not keep a failed read', async () => {
    await expect(cachedPublicRead('failing', async () => { throw new Error('database down'); })).rejects.toThrow('database down');
    expect(await cachedPublicRead('failing', async () => 'back')).toBe('back');
  });
});
