import { searchPublicServices } from '../../../lib/data/search';
import { parseSearchParams } from '../../../lib/validation/search-params';
import type { Db } from '../../../lib/db-client';

/** Runs a search as the page does, from query-string values. */
export async function search(locale: string, query: Record<string, string>, now?: Date) {
  const params = parseSearchParams(query);
  if (!params) throw new Error(`malformed search parameters: ${JSON.stringify(query)}`);
  return searchPublicServices(params, locale, now);
}

/** Primary and other category slugs of services, by service slug. */
export async function categoriesOf(db: Db, slugs: string[]): Promise<Map<string, { primary: string; all: string[] }>> {
  const rows = await db.serviceCategory.findMany({
    where: { service: { slug: { in: slugs } } },
    select: { isPrimary: true, service: { select: { slug: true } }, category: { select: { slug: true } } },
  });
  const result = new Map<string, { primary: string; all: string[] }>();
  for (const row of rows) {
    const entry = result.get(row.service.slug) ?? { primary: '', all: [] };
    entry.all.push(row.category.slug);
    if (row.isPrimary) entry.primary = row.category.slug;
    result.set(row.service.slug, entry);
  }
  return result;
}

/** Every result of a search, through all its pages. */
export async function allResults(locale: string, query: Record<string, string>, now?: Date) {
  const first = await search(locale, query, now);
  const items = [...first.items];
  for (let page = 2; page <= first.pageCount; page++) items.push(...(await search(locale, { ...query, page: String(page) }, now)).items);
  return { first, items };
}
