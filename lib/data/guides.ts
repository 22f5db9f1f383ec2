import 'server-only';
import { db } from '../db';
import { localize, translationsIn } from './localize';
import { cachedPublicRead } from './public-cache';

export async function listPublicGuides(locale: string) {
  const rows = await cachedPublicRead(`guides:${locale}`, () => db.guide.findMany({
    where: { status: 'published' },
    orderBy: [{ sortOrder: 'asc' }, { slug: 'asc' }],
    select: { slug: true, title: true, summary: true, sourceLocale: true, translations: { ...translationsIn(locale), where: { locale, field: { in: ['title', 'summary'] } } } },
  }));
  return rows.map((row) => ({
    slug: row.slug,
    title: localize(row, 'title', row.title, locale),
    summary: localize(row, 'summary', row.summary, locale),
  }));
}

export async function getPublicGuide(slug: string, locale: string) {
  const row = await cachedPublicRead(`guide:${slug}:${locale}`, () => db.guide.findFirst({
    where: { status: 'published', slug },
    select: {
      slug: true, title: true, summary: true, body: true, sourceLocale: true, verifiedAt: true, updatedAt: true,
      translations: translationsIn(locale),
      category: { select: { slug: true, name: true, sourceLocale: true, translations: translationsIn(locale) } },
    },
  }));
  if (!row) return null;
  return {
    slug: row.slug,
    title: localize(row, 'title', row.title, locale),
    summary: localize(row, 'summary', row.summary, locale),
    body: localize(row, 'body', row.body, locale),
    verifiedAt: row.verifiedAt,
    updatedAt: row.updatedAt,
    category: row.category ? { slug: row.category.slug, name: localize(row.category, 'name', row.category.name, locale) } : null,
  };
}
