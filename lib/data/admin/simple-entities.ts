import 'server-only';
import { assertRole, type Actor } from '../../auth/actor';
import { db } from '../../db';
import { refreshSearchForOrganization } from '../search-index';
import type { Snapshot } from './diff';
import { NotFoundError, StaleVersionError } from './errors';
import { changesSince, ensureBaselineRevision, writeRevision, type Tx } from './revisions';
import { translationViews } from './translations';

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
const TEXT_FIELDS: Record<SimpleKind, string[]> = { organization: ['description', 'alternateName'], guide: ['title', 'summary', 'body'] };

async function snapshotOf(tx: Tx, kind: SimpleKind, id: string): Promise<Snapshot> {
  const row = await delegate(tx, kind).findUniqueOrThrow({ where: { id }, include: { translations: { orderBy: [{ locale: 'asc' }, { field: 'asc' }] } } });
  const { id: _id, createdAt, updatedAt, version, translations, ...fields } = row;
  const out: Snapshot = {};
  for (const [k, v] of Object.entries(fields)) out[k] = v instanceof Date ? v.toISOString() : v;
  out.translations = translations.map((t) => ({ locale: t.locale, field: t.field, value: t.value, status: t.status, sourceHash: t.sourceHash }));
  return out;
}

async function finish(tx: Tx, kind: SimpleKind, id: string, actor: Actor, action: 'create' | 'update') {
  if (kind === 'organization') await refreshSearchForOrganization(id, tx);
  const { version } = (await delegate(tx, kind).findUnique({ where: { id }, select: { version: true } }))!;
  await writeRevision(tx, { entityType: kind, entityId: id, version, snapshot: await snapshotOf(tx, kind, id), action, authorId: actor.userId });
  return { id, version };
}

export async function createSimpleEntityOrThrow(actor: Actor | null, kind: SimpleKind, data: Record<string, unknown>) {
  assertRole(actor, 'admin', 'staff');
  return db.$transaction(async (tx) => {
    const { id } = await delegate(tx, kind).create({ data, select: { id: true } });
    return finish(tx, kind, id, actor, 'create');
  });
}

export async function updateSimpleEntityOrThrow(actor: Actor | null, kind: SimpleKind, id: string, expectedVersion: number, data: Record<string, unknown>) {
  assertRole(actor, 'admin', 'staff');
  return db.$transaction(async (tx) => {
    const current = await delegate(tx, kind).findUnique({ where: { id }, select: { version: true } });
    if (!current) throw new NotFoundError(kind);
    await ensureBaselineRevision(tx, kind, id, current.version, () => snapshotOf(tx, kind, id));
    const { count } = await delegate(tx, kind).updateMany({ where: { id, version: expectedVersion }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw new StaleVersionError(current.version, await changesSince(tx, kind, id, expectedVersion, await snapshotOf(tx, kind, id)));
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
