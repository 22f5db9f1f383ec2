import 'server-only';
import { cache } from 'react';
import { db } from '../db';
import { localize, translationsIn, type LocalizedText } from './localize';
import { cachedPublicRead } from './public-cache';

// Small reference lists the search page resolves its URL values against: categories
// (slug → id, parent) and the places "near" can mean.

export type SearchCategory = { id: string; slug: string; parentId: string | null; name: LocalizedText; sortOrder: number };

export const listSearchCategories = cache((locale: string): Promise<SearchCategory[]> => cachedPublicRead(`search-categories:${locale}`, async () => {
  const rows = await db.category.findMany({
    orderBy: [{ sortOrder: 'asc' }, { slug: 'asc' }],
    select: { id: true, slug: true, parentId: true, sortOrder: true, name: true, sourceLocale: true, translations: translationsIn(locale) },
  });
  return rows.map((row) => ({ id: row.id, slug: row.slug, parentId: row.parentId, sortOrder: row.sortOrder, name: localize(row, 'name', row.name, locale) }));
}));

export type SearchArea = { kind: 'zip' | 'neighborhood'; code: string; name: string; latitude: number; longitude: number };

export const listSearchAreas = cache((): Promise<SearchArea[]> => cachedPublicRead('search-areas', () => db.searchArea.findMany({
  orderBy: [{ kind: 'desc' }, { name: 'asc' }],
  select: { kind: true, code: true, name: true, latitude: true, longitude: true },
})));
