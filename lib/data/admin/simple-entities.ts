import 'server-only';
import { assertRole, type Actor } from '../../auth/actor';
import { db } from '../../db';
import { refreshSearchForOrganization } from '../search-index';
import type { Snapshot } from './diff';
import { NotFoundError, StaleVersionError } from './errors';
import { changesSince, ensureBaselineRevision, getRevisionOrThrow, writeRevision, type RevisionAction, type Tx } from './revisions';
import { sourceHash, translationEntryRow, translationViews, type TranslationEntry } from './translations';

// Organizations (A4) and guides (A6): one row plus translations, so one implementation.
// Every write: version check, new version, full-snapshot revision, in one transaction.

export type SimpleKind = 'organization' | 'guide';
type Row = Record<string, unknown> & { id: string; version: number; status: string };
type Delegate = {
  findUnique(a: unknown): Promise<Row | null>;
  findUniqueOrThrow(a: unknown): Promise<Row & { translations: { locale: string; field: string; value: string; status: 'reviewed' | 'machine' | 'missing'; sourceHash: string | null }[] }>;
  create(a: unknown): Promise<Row>;
  updateMany(a: unknown): Promise<{ count: number }>;
};
const delegate = (tx: Tx | typeof db, kind: SimpleKind) => (kind === 'organization' ? tx.organization : tx.guide) as unknown as Delegate;
export const TEXT_FIELDS: Record<SimpleKind, string[]> = { organization: ['description', 'alternateName'], guide: ['title', 'summary', 'body'] };

type TranslationRow = { locale: string; field: string; value: string; status: 'reviewed' | 'machine' | 'missing'; sourceHash: string | null };
type TranslationDelegate = {
  deleteMany(a: unknown): Promise<{ count: number }>;
  createMany(a: unknown): Promise<{ count: number }>;
  updateMany(a: unknown): Promise<{ count: number }>;
};
const translationDelegate = (tx: Tx, kind: SimpleKind) => (kind === 'organization' ? tx.organizationTranslation : tx.guideTranslation) as unknown as TranslationDelegate;
const ownerKey = (kind: SimpleKind) => (kind === 'organization' ? 'organizationId' : 'guideId');

async function snapshotOf(tx: Tx, kind: SimpleKind, id: string): Promise<Snapshot> {
  const row = await delegate(tx, kind).findUniqueOrThrow({ where: { id }, include: { translations: { orderBy: [{ locale: 'asc' }, { field: 'asc' }] } } });
  const { id: _id, createdAt, updatedAt, version, translations, ...fields } = row;
  const out: Snapshot = {};
  for (const [k, v] of Object.entries(fields)) out[k] = v instanceof Date ? v.toISOString() : v;
  out.translations = translations.map((t) => ({ locale: t.locale, field: t.field, value: t.value, status: t.status, sourceHash: t.sourceHash }));
  return out;
}

async function finish(tx: Tx, kind: SimpleKind, id: string, actor: Actor, action: RevisionAction, restoredFrom?: string) {
  if (kind === 'organization') await refreshSearchForOrganization(id, tx);
  const { version } = (await delegate(tx, kind).findUnique({ where: { id }, select: { version: true } }))!;
  await writeRevision(tx, { entityType: kind, entityId: id, version, snapshot: await snapshotOf(tx, kind, id), action, authorId: actor.userId, restoredFrom });
  return { id, version };
}

export async function createSimpleEntityOrThrow(actor: Actor | null, kind: SimpleKind, data: Record<string, unknown>) {
  assertRole(actor, 'admin', 'staff');
  return db.$transaction(async (tx) => {
    const { id } = await delegate(tx, kind).create({ data, select: { id: true } });
    return finish(tx, kind, id, actor, 'create');
  });
}

/** Bumps the version if it is still `expected` (writing `data`), or throws StaleVersionError with what changed. */
async function claimVersionOrThrow(tx: Tx, kind: SimpleKind, id: string, expectedVersion: number, data: Record<string, unknown>) {
  const current = await delegate(tx, kind).findUnique({ where: { id }, select: { version: true } });
  if (!current) throw new NotFoundError(kind);
  await ensureBaselineRevision(tx, kind, id, current.version, () => snapshotOf(tx, kind, id));
  const { count } = await delegate(tx, kind).updateMany({ where: { id, version: expectedVersion }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new StaleVersionError(current.version, await changesSince(tx, kind, id, expectedVersion, await snapshotOf(tx, kind, id)));
}

export async function updateSimpleEntityOrThrow(actor: Actor | null, kind: SimpleKind, id: string, expectedVersion: number, data: Record<string, unknown>) {
  assertRole(actor, 'admin', 'staff');
  return db.$transaction(async (tx) => {
    await claimVersionOrThrow(tx, kind, id, expectedVersion, data);
    return finish(tx, kind, id, actor, 'update');
  });
}

/**
 * Writes an earlier revision back as a new version (recorded as a restore): the row's
 * fields and its translations. Like services, it does not roll back `verifiedAt`.
 */
export async function restoreSimpleEntityRevisionOrThrow(actor: Actor | null, kind: SimpleKind, revisionId: string, expectedVersion: number) {
  const revision = await getRevisionOrThrow(actor, revisionId);
  assertRole(actor, 'admin', 'staff');
  if (revision.entityType !== kind) throw new NotFoundError(`${kind} revision`);
  const id = revision.entityId;
  const { translations, verifiedAt: _verifiedAt, ...fields } = revision.snapshot as Snapshot & { translations?: TranslationRow[] };
  return db.$transaction(async (tx) => {
    await claimVersionOrThrow(tx, kind, id, expectedVersion, fields);
    await translationDelegate(tx, kind).deleteMany({ where: { [ownerKey(kind)]: id } });
    if (translations?.length) await translationDelegate(tx, kind).createMany({ data: translations.map((t) => ({ [ownerKey(kind)]: id, ...t })) });
    return finish(tx, kind, id, actor, 'restore', revision.id);
  });
}

/** Staff confirm a translation: reviewed, and made from the current source text. */
export async function markSimpleTranslationReviewedOrThrow(actor: Actor | null, kind: SimpleKind, id: string, expectedVersion: number, locale: string, field: string) {
  assertRole(actor, 'admin', 'staff');
  if (!TEXT_FIELDS[kind].includes(field)) throw new NotFoundError('translation field');
  return db.$transaction(async (tx) => {
    await claimVersionOrThrow(tx, kind, id, expectedVersion, {});
    const row = (await delegate(tx, kind).findUnique({ where: { id } }))!;
    const { count } = await translationDelegate(tx, kind).updateMany({
      where: { [ownerKey(kind)]: id, locale, field },
      data: { status: 'reviewed', sourceHash: sourceHash(String(row[field] ?? '')) },
    });
    if (count === 0) throw new NotFoundError('translation');
    return finish(tx, kind, id, actor, 'update');
  });
}

/** Staff write or correct one translation; it is recorded as made from the current source text. */
export async function saveSimpleEntityTranslationOrThrow(actor: Actor | null, kind: SimpleKind, id: string, expectedVersion: number, entry: TranslationEntry) {
  assertRole(actor, 'admin', 'staff');
  return db.$transaction(async (tx) => {
    await claimVersionOrThrow(tx, kind, id, expectedVersion, {});
    const row = (await delegate(tx, kind).findUnique({ where: { id } }))!;
    const data = translationEntryRow(entry, TEXT_FIELDS[kind], String(row.sourceLocale ?? 'en'), String(row[entry.field] ?? ''));
    if (!data) throw new NotFoundError('translation field');
    const owner = { [ownerKey(kind)]: id, locale: entry.locale, field: entry.field };
    const { count } = await translationDelegate(tx, kind).updateMany({ where: owner, data });
    if (count === 0) await translationDelegate(tx, kind).createMany({ data: [{ ...owner, ...data }] });
    return finish(tx, kind, id, actor, 'update');
  });
}

export async function getSimpleEntityForEditOrThrow(actor: Actor | null, kind: SimpleKind, id: string) {
  assertRole(actor, 'admin', 'staff');
  const row = await delegate(db, kind).findUnique({ where: { id }, include: { translations: { orderBy: [{ field: 'asc' }, { locale: 'asc' }] } } });
  if (!row) throw new NotFoundError(kind);
  const source = Object.fromEntries(TEXT_FIELDS[kind].map((f) => [f, (row[f] as string | null) ?? '']));
  const translations = row.translations as Parameters<typeof translationViews>[0];
  return { row, translationViews: translationViews(translations, source) };
}

export async function listSimpleEntities(actor: Actor | null, kind: SimpleKind) {
  assertRole(actor, 'admin', 'staff');
  return kind === 'organization'
    ? db.organization.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, status: true, updatedAt: true } })
    : (await db.guide.findMany({ orderBy: [{ sortOrder: 'asc' }, { title: 'asc' }], select: { id: true, title: true, status: true, updatedAt: true } })).map(({ title, ...g }) => ({ ...g, name: title }));
}

/** Categories a guide can belong to. */
export async function listCategoryChoices(actor: Actor | null) {
  assertRole(actor, 'admin', 'staff');
  return db.category.findMany({ orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }], select: { id: true, name: true } });
}

// The translators' exchange (lib/data/admin/translation-exchange.ts) writes translations the same way.
export { claimVersionOrThrow as claimSimpleEntityVersionOrThrow, finish as finishSimpleEntityWrite };
