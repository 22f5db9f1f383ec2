import { afterAll, describe, expect, it } from 'vitest';
import { getPublicService } from '../../lib/data/services';
import { verificationCutoff } from '../../lib/data/visibility';
import { testDb } from './support/db';

// T3: every legal and citizenship listing carries the fraud warning (read-only: other test
// files search the same data in parallel). Missing trust data: lib/trust/fraud-warning.test.ts.
const db = testDb();
afterAll(() => db.$disconnect());

describe('T3 fraud warning', () => {
  it('is on every public service in the legal and citizenship categories and their subcategories', async () => {
    const rows = await db.service.findMany({
      where: {
        status: 'published',
        verifiedAt: { gte: verificationCutoff(365) },
        categories: { some: { category: { OR: [{ slug: { in: ['legal-immigration', 'citizenship-civic'] } }, { parent: { slug: { in: ['legal-immigration', 'citizenship-civic'] } } }] } } },
      },
      select: { slug: true },
    });
    expect(rows.length).toBeGreaterThan(5);
    for (const { slug } of rows) expect((await getPublicService(slug, 'en'))?.trust.showsFraudWarning, slug).toBe(true);
  });

  it('is not on a service outside those categories without a legal authorization', async () => {
    const row = await db.service.findFirstOrThrow({
      where: { status: 'published', verifiedAt: { gte: verificationCutoff(365) }, legalAuthorization: 'not_applicable', categories: { every: { category: { showsFraudWarning: false, OR: [{ parentId: null }, { parent: { showsFraudWarning: false } }] } } } },
      select: { slug: true },
    });
    expect((await getPublicService(row.slug, 'en'))!.trust.showsFraudWarning).toBe(false);
  });
});
