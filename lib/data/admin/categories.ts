import 'server-only';
import { assertRole, type Actor } from '../../auth/actor';
import { db } from '../../db';
import type { CategoryCreateInput, CategoryInput } from '../../validation/admin/category';
import { refreshSearchForCategory } from '../search-index';
import type { Snapshot } from './diff';
import { NotFoundError, StaleVersionError } from './errors';
import { changesSince, ensureBaselineRevision, getRevisionOrThrow, writeRevision, type RevisionAction, type Tx } from './revisions';
import { sourceHash, translationViews } from './translations';

// A5: categories with their per-locale names and search synonyms (L4). Every write: version
// check, search refresh, full-snapshot revision, in one transaction.

export const CATEGORY_TEXT_FIELDS = ['name', 'plainLabel', 'description'] as const;
type TranslationRow = { locale: string; field: string; value: string; status: 'reviewed' | 'machine' | 'missing'; sourceHash: string | null };

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
  return db.category.findMany({ orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }], select: { id: true, name: true, slug: true, parentId: true, _count: { select: { synonyms: true, services: true } } } });
}

export async function getCategoryForEditOrThrow(actor: Actor | null, id: string) {
  assertRole(actor, 'admin', 'staff');
  const c = await db.category.findUnique({ where: { id }, include: { translations: { orderBy: [{ field: 'asc' }, { locale: 'asc' }] }, synonyms: { orderBy: { term: 'asc' } } } });
  if (!c) throw new NotFoundError('category');
  return { ...c, translationViews: translationViews(c.translations, { name: c.name, plainLabel: c.plainLabel, description: c.description }) };
}

/** A parent must exist and must not be the category itself or one of its descendants. */
async function assertParentAllowed(tx: Tx, id: string | null, parentId: string | null | undefined) {
  if (!parentId) return;
  let cursor: string | null = parentId;
  for (let depth = 0; cursor && depth < 50; depth++) {
    if (cursor === id) throw new NotFoundError('parent category (it would be its own ancestor)');
    const row: { parentId: string | null } | null = await tx.category.findUnique({ where: { id: cursor }, select: { parentId: true } });
    if (!row) throw new NotFoundError('parent category');
    cursor = row.parentId;
  }
}

/** Synonyms of every locale given are replaced; search learns them in the same transaction. */
async function writeSynonyms(tx: Tx, id: string, synonyms: CategoryInput['synonyms']) {
  for (const [locale, terms] of Object.entries(synonyms)) {
    await tx.categorySynonym.deleteMany({ where: { categoryId: id, locale } });
    if (terms.length) await tx.categorySynonym.createMany({ data: terms.map((term) => ({ categoryId: id, locale, term })), skipDuplicates: true });
  }
}

/**
 * Names typed per locale. A changed value becomes a reviewed translation of the current
 * source text (a person wrote it); an unchanged one keeps its status; "" removes it.
 */
async function writeNameTranslations(tx: Tx, id: string, translations: CategoryInput['translations'], source: { name: string; plainLabel: string }) {
  for (const [locale, fields] of Object.entries(translations ?? {})) {
    for (const field of ['name', 'plainLabel'] as const) {
      const value = fields[field];
      const where = { categoryId_locale_field: { categoryId: id, locale, field } };
      const existing = await tx.categoryTranslation.findUnique({ where, select: { value: true } });
      if (!value) {
        if (existing) await tx.categoryTranslation.delete({ where });
      } else if (existing?.value !== value) {
        const data = { value, status: 'reviewed' as const, sourceHash: sourceHash(source[field]) };
        await tx.categoryTranslation.upsert({ where, create: { categoryId: id, locale, field, ...data }, update: data });
      }
    }
  }
}

async function finish(tx: Tx, id: string, actor: Actor, action: RevisionAction, restoredFrom?: string) {
  await refreshSearchForCategory(id, tx);
  const { version } = await tx.category.findUniqueOrThrow({ where: { id }, select: { version: true } });
  await writeRevision(tx, { entityType: 'category', entityId: id, version, snapshot: await snapshotOf(tx, id), action, authorId: actor.userId, restoredFrom });
  return { id, version };
}

async function claimVersionOrThrow(tx: Tx, id: string, expectedVersion: number, data: Record<string, unknown>) {
  const current = await tx.category.findUnique({ where: { id }, select: { version: true } });
  if (!current) throw new NotFoundError('category');
  await ensureBaselineRevision(tx, 'category', id, current.version, () => snapshotOf(tx, id));
  const { count } = await tx.category.updateMany({ where: { id, version: expectedVersion }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new StaleVersionError(current.version, await changesSince(tx, 'category', id, expectedVersion, await snapshotOf(tx, id)));
}

export async function createCategoryOrThrow(actor: Actor | null, input: CategoryCreateInput) {
  assertRole(actor, 'admin', 'staff');
  const { synonyms, translations, parentId, ...fields } = input;
  return db.$transaction(async (tx) => {
    await assertParentAllowed(tx, null, parentId);
    const { id } = await tx.category.create({ data: { ...fields, parentId: parentId ?? null }, select: { id: true } });
    await writeSynonyms(tx, id, synonyms);
    await writeNameTranslations(tx, id, translations, fields);
    return finish(tx, id, actor, 'create');
  });
}

export async function updateCategoryOrThrow(actor: Actor | null, id: string, expectedVersion: number, input: CategoryInput) {
  assertRole(actor, 'admin', 'staff');
  const { synonyms, translations, ...fields } = input;
  return db.$transaction(async (tx) => {
    await assertParentAllowed(tx, id, fields.parentId);
    await claimVersionOrThrow(tx, id, expectedVersion, fields);
    await writeSynonyms(tx, id, synonyms);
    await writeNameTranslations(tx, id, translations, fields);
    return finish(tx, id, actor, 'update');
  });
}

/** Writes an earlier revision back as a new version: fields, synonyms and translations. */
export async function restoreCategoryRevisionOrThrow(actor: Actor | null, revisionId: string, expectedVersion: number) {
  const revision = await getRevisionOrThrow(actor, revisionId);
  assertRole(actor, 'admin', 'staff');
  if (revision.entityType !== 'category') throw new NotFoundError('category revision');
  const id = revision.entityId;
  const fields: Record<string, unknown> = {};
  const synonyms: Record<string, string[]> = {};
  let translations: TranslationRow[] = [];
  for (const [key, value] of Object.entries(revision.snapshot)) {
    if (key === 'translations') translations = value as TranslationRow[];
    else if (key.startsWith('synonyms.')) synonyms[key.slice('synonyms.'.length)] = String(value).split('\n').filter(Boolean);
    else fields[key] = value;
  }
  return db.$transaction(async (tx) => {
    await assertParentAllowed(tx, id, fields.parentId as string | null);
    await claimVersionOrThrow(tx, id, expectedVersion, fields);
    await tx.categorySynonym.deleteMany({ where: { categoryId: id } });
    await writeSynonyms(tx, id, synonyms);
    await tx.categoryTranslation.deleteMany({ where: { categoryId: id } });
    if (translations.length) await tx.categoryTranslation.createMany({ data: translations.map((t) => ({ categoryId: id, ...t })) });
    return finish(tx, id, actor, 'restore', revision.id);
  });
}

/** Staff confirm a translation: reviewed, and made from the current source text. */
export async function markCategoryTranslationReviewedOrThrow(actor: Actor | null, id: string, expectedVersion: number, locale: string, field: string) {
  assertRole(actor, 'admin', 'staff');
  if (!(CATEGORY_TEXT_FIELDS as readonly string[]).includes(field)) throw new NotFoundError('translation field');
  return db.$transaction(async (tx) => {
    await claimVersionOrThrow(tx, id, expectedVersion, {});
    const row = await tx.category.findUniqueOrThrow({ where: { id }, select: { name: true, plainLabel: true, description: true } });
    const { count } = await tx.categoryTranslation.updateMany({
      where: { categoryId: id, locale, field },
      data: { status: 'reviewed', sourceHash: sourceHash(row[field as (typeof CATEGORY_TEXT_FIELDS)[number]]) },
    });
    if (count === 0) throw new NotFoundError('translation');
    return finish(tx, id, actor, 'update');
  });
}

// The translators' exchange (lib/data/admin/translation-exchange.ts) writes translations the same way.
export { claimVersionOrThrow as claimCategoryVersionOrThrow, finish as finishCategoryWrite };
