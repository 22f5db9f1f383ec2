import 'server-only';
import { assertRole, type Actor } from '../../auth/actor';
import { db } from '../../db';
import type { Prisma } from '../../generated/prisma/client';
import { recordAudit } from '../audit';
import { diffSnapshots, type DiffRow, type Snapshot } from './diff';
import { NotFoundError } from './errors';

export type Tx = Prisma.TransactionClient;
export type EntityType = 'service' | 'organization' | 'category' | 'guide' | 'settings' | 'location' | 'event';
export type RevisionAction = 'create' | 'update' | 'publish' | 'archive' | 'restore' | 'verify' | 'import' | 'approve_submission';

/** Who a revision is credited to: the author, and for an approved proposal the approver and the submission. */
export type RevisionCredit = { authorId: string | null; approvedById?: string | null; submissionId?: string | null };

// Restores and archivings (listings are archived, never deleted) also go to the audit log
// (A8), in the same transaction as the revision, so every write path records them.
const AUDITED_ACTIONS: Partial<Record<RevisionAction, string>> = { restore: 'revision_restored', archive: 'listing_archived' };

export async function writeRevision(
  tx: Tx,
  r: { entityType: EntityType; entityId: string; version: number; snapshot: Snapshot; action: RevisionAction; authorId: string | null; restoredFrom?: string; approvedById?: string | null; submissionId?: string | null },
) {
  const revision = await tx.revision.create({
    data: { ...r, snapshot: r.snapshot as Prisma.InputJsonValue, restoredFrom: r.restoredFrom ?? null, approvedById: r.approvedById ?? null, submissionId: r.submissionId ?? null },
  });
  const auditAction = AUDITED_ACTIONS[r.action];
  if (auditAction) {
    const details = { version: r.version, revisionId: revision.id, ...(r.restoredFrom ? { restoredFrom: r.restoredFrom } : {}) };
    await recordAudit({ action: auditAction, actorId: r.authorId, targetType: r.entityType, targetId: r.entityId, details }, tx);
  }
  return revision;
}

/**
 * Listings loaded from demo data or an import have no revision yet. Before their first
 * change, record how they were, so that history, diffs and the stale-save message always
 * have the starting point.
 */
export async function ensureBaselineRevision(tx: Tx, entityType: EntityType, entityId: string, version: number, load: () => Promise<Snapshot>) {
  const existing = await tx.revision.findUnique({ where: { entityType_entityId_version: { entityType, entityId, version } }, select: { id: true } });
  if (!existing) await writeRevision(tx, { entityType, entityId, version, snapshot: await load(), action: 'import', authorId: null });
}

/** What changed between the version a form loaded and the current one. */
export async function changesSince(tx: Tx, entityType: EntityType, entityId: string, loadedVersion: number, current: Snapshot): Promise<DiffRow[]> {
  const loaded = await tx.revision.findUnique({ where: { entityType_entityId_version: { entityType, entityId, version: loadedVersion } }, select: { snapshot: true } });
  return diffSnapshots((loaded?.snapshot as Snapshot | undefined) ?? null, current);
}

export type RevisionSummary = { id: string; version: number; action: string; createdAt: Date; authorName: string | null; restoredFrom: string | null };

export async function listRevisions(actor: Actor | null, entityType: EntityType, entityId: string): Promise<RevisionSummary[]> {
  assertRole(actor, 'admin', 'staff');
  const rows = await db.revision.findMany({
    where: { entityType, entityId },
    orderBy: { version: 'desc' },
    select: { id: true, version: true, action: true, createdAt: true, authorId: true, restoredFrom: true },
  });
  const authors = await db.user.findMany({ where: { id: { in: rows.flatMap((r) => (r.authorId ? [r.authorId] : [])) } }, select: { id: true, name: true } });
  const names = new Map(authors.map((a) => [a.id, a.name]));
  return rows.map(({ authorId, ...r }) => ({ ...r, authorName: authorId ? (names.get(authorId) ?? null) : null }));
}

export async function getRevisionOrThrow(actor: Actor | null, id: string) {
  assertRole(actor, 'admin', 'staff');
  const row = await db.revision.findUnique({ where: { id } });
  if (!row) throw new NotFoundError('revision');
  return { ...row, snapshot: row.snapshot as Snapshot, entityType: row.entityType as EntityType };
}

/** Field-by-field comparison of two revisions of the same listing (older first). */
export async function compareRevisionsOrThrow(actor: Actor | null, fromId: string, toId: string): Promise<DiffRow[]> {
  const [a, b] = await Promise.all([getRevisionOrThrow(actor, fromId), getRevisionOrThrow(actor, toId)]);
  if (a.entityType !== b.entityType || a.entityId !== b.entityId) throw new NotFoundError('revision pair');
  return diffSnapshots(a.snapshot, b.snapshot);
}

/** The version a listing is at now: what a restore must match. Null when it no longer exists. */
export async function currentVersionOf(actor: Actor | null, entityType: 'organization' | 'guide' | 'category', entityId: string): Promise<number | null> {
  assertRole(actor, 'admin', 'staff');
  const where = { where: { id: entityId }, select: { version: true } };
  const row = entityType === 'organization' ? await db.organization.findUnique(where) : entityType === 'guide' ? await db.guide.findUnique(where) : await db.category.findUnique(where);
  return row?.version ?? null;
}
