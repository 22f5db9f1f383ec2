import 'server-only';
import { cache } from 'react';
import { db } from '../db';
import { localize, translationsIn, type LocalizedText } from './localize';
import { cachedPublicRead } from './public-cache';
import { getPublicSettings } from './settings';
import { publicServiceWhere } from './visibility';

export type CategorySummary = {
  slug: string;
  icon: string;
  name: LocalizedText;
  plainLabel: LocalizedText;
  description: LocalizedText;
  serviceCount: number;
  showsFraudWarning: boolean;
};

/** Top-level categories with how many public services each has, for the home tiles. */
export const listCategories = cache((locale: string): Promise<CategorySummary[]> => cachedPublicRead(`categories:${locale}`, async () => {
  const settings = await getPublicSettings();
  const rows = await db.category.findMany({
    where: { parentId: null },
    orderBy: { sortOrder: 'asc' },
    select: {
      slug: true, icon: true, name: true, plainLabel: true, description: true, sourceLocale: true, showsFraudWarning: true,
      translations: translationsIn(locale),
      _count: { select: { services: { where: { service: publicServiceWhere(settings.verifyHideAfterDays) } } } },
    },
  });
  return rows.map((row) => ({
    slug: row.slug,
    icon: row.icon,
    showsFraudWarning: row.showsFraudWarning,
    name: localize(row, 'name', row.name, locale),
    plainLabel: localize(row, 'plainLabel', row.plainLabel, locale),
    description: localize(row, 'description', row.description, locale),
    serviceCount: row._count.services,
  }));
}));

export async function getCategory(slug: string, locale: string): Promise<CategorySummary | null> {
  const all = await listCategories(locale);
  return all.find((c) => c.slug === slug) ?? null;
}
