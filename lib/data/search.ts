import 'server-only';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { localize, translationsIn, type LocalizedText } from './localize';
import { listPublicServiceCardsBySlugs, type Page, type ServiceCard } from './services';
import { getPublicSettings } from './settings';
import { publicServiceWhere } from './visibility';

// Baseline search: words in names and summaries (any locale) and category synonyms (any
// locale). The ranked full-text search of the search issue replaces the matching here.

export type SearchResult = Page<ServiceCard> & { categories: { slug: string; name: LocalizedText }[] };

const PER_PAGE = 20;

export async function searchPublicServices(query: string, locale: string, page: number): Promise<SearchResult> {
  const settings = await getPublicSettings();
  const q = query.toLowerCase();
  const categories = await db.category.findMany({
    where: { OR: [{ synonyms: { some: { term: { contains: q, mode: 'insensitive' } } } }, { name: { contains: q, mode: 'insensitive' } }, { translations: { some: { value: { contains: q, mode: 'insensitive' }, field: 'name' } } }] },
    select: { id: true, slug: true, name: true, sourceLocale: true, translations: translationsIn(locale) },
    orderBy: { sortOrder: 'asc' },
    take: 5,
  });
  const where: Prisma.ServiceWhereInput = {
    AND: [
      publicServiceWhere(settings.verifyHideAfterDays),
      {
        OR: [
          { name: { contains: q, mode: 'insensitive' } },
          { summary: { contains: q, mode: 'insensitive' } },
          { organization: { name: { contains: q, mode: 'insensitive' } } },
          { translations: { some: { field: { in: ['name', 'summary'] }, value: { contains: q, mode: 'insensitive' } } } },
          { categories: { some: { categoryId: { in: categories.map((c) => c.id) } } } },
        ],
      },
    ],
  };
  const [total, rows] = await Promise.all([
    db.service.count({ where }),
    db.service.findMany({ where, orderBy: [{ name: 'asc' }, { id: 'asc' }], skip: (page - 1) * PER_PAGE, take: PER_PAGE, select: { slug: true } }),
  ]);
  return {
    items: await listPublicServiceCardsBySlugs(rows.map((r) => r.slug), locale),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / PER_PAGE)),
    categories: categories.map((c) => ({ slug: c.slug, name: localize(c, 'name', c.name, locale) })),
  };
}
