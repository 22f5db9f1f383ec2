// Seeds the six published guides (PRODUCT P6) and their machine translations.
import { createHash } from 'node:crypto';
import type { Prisma } from '../../lib/generated/prisma/client';
import { gettingAnId } from './data/guides-getting-an-id';
import { firstWeeks } from './data/guides-first-weeks';
import { healthCare } from './data/guides-health-care';
import { immigrationFraud } from './data/guides-immigration-fraud';
import { knowYourRights } from './data/guides-know-your-rights';
import { schoolEnrollment } from './data/guides-school-enrollment';
import type { GuideSeed, GuideText } from './data/guides-types';
import { DEMO_SETTINGS } from './settings';

export const GUIDES: readonly GuideSeed[] = [knowYourRights, gettingAnId, schoolEnrollment, immigrationFraud, firstWeeks, healthCare];
const FIELDS = ['title', 'summary', 'body'] as const satisfies readonly (keyof GuideText)[];
const DAY_MS = 24 * 60 * 60 * 1000;

const hashSource = (text: string) => createHash('sha256').update(text).digest('hex');

/** Inserts what is missing (existing guides are kept) and returns guide ids by slug. */
export async function seedGuides(
  tx: Prisma.TransactionClient,
  categoryIdBySlug: Map<string, string>,
  now: Date = new Date(),
): Promise<Map<string, string>> {
  const withCity = (text: string) => text.replaceAll('{city}', DEMO_SETTINGS.cityName);

  await tx.guide.createMany({
    data: GUIDES.map((guide) => {
      const categoryId = categoryIdBySlug.get(guide.categorySlug);
      if (!categoryId) throw new Error(`Guide ${guide.slug}: category ${guide.categorySlug} is not seeded`);
      return {
        slug: guide.slug,
        categoryId,
        status: 'published' as const,
        sourceLocale: 'en',
        title: withCity(guide.en.title),
        summary: withCity(guide.en.summary),
        body: withCity(guide.en.body),
        sortOrder: guide.sortOrder,
        verifiedAt: new Date(now.getTime() - guide.verifiedDaysAgo * DAY_MS),
      };
    }),
    skipDuplicates: true,
  });
  const rows = await tx.guide.findMany({ where: { slug: { in: GUIDES.map((g) => g.slug) } }, select: { id: true, slug: true } });
  const idBySlug = new Map(rows.map((row) => [row.slug, row.id]));

  await tx.guideTranslation.createMany({
    data: GUIDES.flatMap((guide) => {
      const guideId = idBySlug.get(guide.slug);
      if (!guideId) throw new Error(`Guide ${guide.slug} was not created`);
      return Object.entries(guide.translations).flatMap(([locale, text]) =>
        FIELDS.flatMap((field) => {
          const value = text[field];
          if (value === undefined) return []; // untranslated: the site falls back to English
          return [{ guideId, locale, field, value: withCity(value), status: 'machine' as const, sourceHash: hashSource(withCity(guide.en[field])) }];
        }),
      );
    }),
    skipDuplicates: true,
  });

  return idBySlug;
}
