import 'server-only';
import { assertRole, type Actor } from '../../auth/actor';
import { db } from '../../db';
import type { CategoryInput } from '../../validation/admin/category';
import { refreshSearchForCategory } from '../search-index';
import type { Snapshot } from './diff';
import { NotFoundError, StaleVersionError } from './errors';
import { changesSince, ensureBaselineRevision, writeRevision, type Tx } from './revisions';
import { translationViews } from './translations';

// A5: categories with their per-locale names and search synonyms (L4).

async function snapshotOf(tx: Tx, id: string): Promise<Snapshot> {
  const c = await tx.category.findUniqueOrThrow({
    where: { id },
    include: { translations: { orderBy: [{ locale: 'asc' }, { field: 'asc' }] }, synonyms: { orderBy: [{ locale: 'asc' }, { term: 'asc' }] } },
  });
  const { id: _id, createdAt, updatedAt, version, translations, synonyms, ...fields } = c;
  const bySynonymLocale: Record<string, string> = {};
  for (const s of synonyms) bySynonymLocale[`synonyms.${s.locale}`] = [bySynonymLocale[`synonyms.${s.locale}`], s.term].filter(Boolean).join('\n');
  return { ...fields, ...bySynonymLocale, translations: translations.map((t) => ({ locale: t.locale, field: t.field, value: t.value, status: t.status, sourceHash: t.sourceHash })) };
}

export async function listCategoriesForStaff(actor: Actor | null) {
  assertRole(actor, 'admin', 'staff');
  return db.category.findMany({ orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }], select: { id: true, name: true, slug: true, _count: { select: { synonyms: true, services: true } } } });
}

export async function getCategoryForEditOrThrow(actor: Actor | null, id: string) {
  assertRole(actor, 'admin', 'staff');
  const c = await db.category.findUnique({ where: { id }, include: { translations: { orderBy: [{ field: 'asc' }, { locale: 'asc' }] }, synonyms: { orderBy: { term: 'asc' } } } });
  if (!c) throw new NotFoundError('category');
  return { ...c, translationViews: translationViews(c.translations, { name: c.name, plainLabel: c.plainLabel, description: c.description }) };
}

/** Saves the fields and replaces the synonyms of every locale given; search learns them at once. */
export async function updateCategoryOrThrow(actor: Actor | null, id: string, expectedVersion: number, input: CategoryInput) {
  assertRole(actor, 'admin', 'staff');
  const { synonyms, ...fields } = input;
  return db.$transaction(async (tx) => {
    const current = await tx.category.findUnique({ where: { id }, select: { version: true } });
    if (!current) throw new NotFoundError('category');
    await ensureBaselineRevision(tx, 'category', id, current.version, () => snapshotOf(tx, id));
    const { count } = await tx.category.updateMany({ where: { id, version: expectedVersion }, data: { ...fields, version: { increment: 1 } } });
    if (count === 0) throw new StaleVersionError(current.version, await changesSince(tx, 'category', id, expectedVersion, await snapshotOf(tx, id)));
    for (const [locale, terms] of Object.entries(synonyms)) {
      await tx.categorySynonym.deleteMany({ where: { categoryId: id, locale } });
      if (terms.length) await tx.categorySynonym.createMany({ data: terms.map((term) => ({ categoryId: id, locale, term })), skipDuplicates: true });
    }
    await refreshSearchForCategory(id, tx);
    const { version } = await tx.category.findUniqueOrThrow({ where: { id }, select: { version: true } });
    await writeRevision(tx, { entityType: 'category', entityId: id, version, snapshot: await snapshotOf(tx, id), action: 'update', authorId: actor.userId });
    return { id, version };
  });
}
