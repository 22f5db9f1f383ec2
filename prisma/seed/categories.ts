// Seeds the 16 top-level categories (PRODUCT §8) with their translations and the
// per-locale search synonyms that make cross-language search work (L4).
import { createHash } from 'node:crypto';
import type { Prisma } from '../../lib/generated/prisma/client';
import type { AppLocale } from '../../lib/i18n/locales';
import { CATEGORY_META, CATEGORY_SLUGS, type CategoryLocaleData, type TranslationLocale } from './data/categories-base';
import { ar } from './data/categories-ar';
import { en } from './data/categories-en';
import { es } from './data/categories-es';
import { faAF } from './data/categories-fa-af';
import { fr } from './data/categories-fr';
import { ht } from './data/categories-ht';
import { pl } from './data/categories-pl';
import { pt } from './data/categories-pt';
import { ru } from './data/categories-ru';
import { uk } from './data/categories-uk';
import { vi } from './data/categories-vi';
import { ne } from './data/categories-ne';
import { ps } from './data/categories-ps';
import { so } from './data/categories-so';
import { sw } from './data/categories-sw';
import { zhHans } from './data/categories-zh-hans';

export { CATEGORY_SLUGS };
export type { CategorySlug } from './data/categories-base';

const TRANSLATIONS: Record<TranslationLocale, CategoryLocaleData> = { es, ar, fr, ht, pt, 'zh-Hans': zhHans, 'fa-AF': faAF, pl, uk, ru, vi, ps, sw, so, ne };
const ALL_LOCALES: Record<AppLocale, CategoryLocaleData> = { en, ...TRANSLATIONS };
const TRANSLATED_FIELDS = ['name', 'plainLabel', 'description'] as const;

const hashSource = (text: string) => createHash('sha256').update(text).digest('hex');

/** Inserts what is missing (existing rows are kept) and returns category ids by slug. */
export async function seedCategories(tx: Prisma.TransactionClient): Promise<Map<string, string>> {
  await tx.category.createMany({
    data: CATEGORY_SLUGS.map((slug, index) => ({
      slug,
      name: en[slug].name,
      plainLabel: en[slug].plainLabel,
      description: en[slug].description,
      sourceLocale: 'en',
      sortOrder: (index + 1) * 10,
      ...CATEGORY_META[slug],
    })),
    skipDuplicates: true,
  });
  const rows = await tx.category.findMany({ where: { slug: { in: [...CATEGORY_SLUGS] } }, select: { id: true, slug: true } });
  const idBySlug = new Map(rows.map((row) => [row.slug, row.id]));
  const idOf = (slug: string) => {
    const id = idBySlug.get(slug);
    if (!id) throw new Error(`Category ${slug} was not created`);
    return id;
  };

  await tx.categoryTranslation.createMany({
    data: Object.entries(TRANSLATIONS).flatMap(([locale, texts]) =>
      CATEGORY_SLUGS.flatMap((slug) =>
        TRANSLATED_FIELDS.map((field) => ({
          categoryId: idOf(slug),
          locale,
          field,
          value: texts[slug][field],
          status: 'machine' as const,
          sourceHash: hashSource(en[slug][field]),
        })),
      ),
    ),
    skipDuplicates: true,
  });

  await tx.categorySynonym.createMany({
    data: Object.entries(ALL_LOCALES).flatMap(([locale, texts]) =>
      CATEGORY_SLUGS.flatMap((slug) =>
        [...new Set(texts[slug].synonyms.map((term) => term.trim().toLowerCase()))].map((term) => ({
          categoryId: idOf(slug),
          locale,
          term,
        })),
      ),
    ),
    skipDuplicates: true,
  });

  return idBySlug;
}
