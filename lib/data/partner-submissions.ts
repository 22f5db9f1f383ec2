import 'server-only';
import { assertRole, ForbiddenError, type Actor } from '../auth/actor';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { listingTypeOf, proposalTitle, validateProposal, type PartnerKind, type Proposal } from '../validation/partner-submission';
import { ensureEventBaselineInTx, loadEventForEditOrThrow } from './admin/events';
import { NotFoundError } from './admin/errors';
import { ensureBaselineRevision } from './admin/revisions';
import { loadServiceSnapshot } from './admin/service-snapshot';
import { loadServiceForEditOrThrow } from './admin/services';
import { isUniqueViolation } from './admin/errors';
import { getPublicSettings } from './settings';
import { AlreadyDecidedError, ArchivedListingError, ProposalInvalidError } from './submission-errors';

// R2–R4: what a partner may propose, and only for their own organization. Every check is
// here, not in the pages: a forged organization, listing or place id is refused whatever
// the form said. Proposals are stored, never applied (decision 012).

type PartnerActor = Actor & { organizationId: string };

function assertPartner(actor: Actor | null): asserts actor is PartnerActor {
  assertRole(actor, 'partner');
  if (!actor.organizationId) throw new ForbiddenError('partner without organization');
}

/** The listing of the partner's own organization, or ForbiddenError / NotFoundError / ArchivedListingError. */
async function ownListingOrThrow(actor: PartnerActor, type: 'service' | 'event', id: string) {
  const row = type === 'service'
    ? await db.service.findUnique({ where: { id }, select: { organizationId: true, status: true, version: true } })
    : await db.event.findUnique({ where: { id }, select: { organizationId: true, status: true, version: true, featured: true, locationId: true } });
  if (!row) throw new NotFoundError(type);
  if (row.organizationId !== actor.organizationId) throw new ForbiddenError('another organization');
  if (row.status === 'archived') throw new ArchivedListingError();
  return { ...row, featured: 'featured' in row ? row.featured : false, locationId: 'locationId' in row ? row.locationId : null };
}

/** The places a proposal names must be the organization's own. */
async function assertOwnPlaces(actor: PartnerActor, ids: string[]) {
  const unique = [...new Set(ids.filter(Boolean))];
  if (!unique.length) return;
  const own = await db.location.count({ where: { id: { in: unique }, organizationId: actor.organizationId } });
  if (own !== unique.length) throw new ForbiddenError('another organization\'s place');
}

/** Checks the proposal as the editor would and pins what a partner may not choose. */
async function checkProposalOrThrow(actor: PartnerActor, kind: PartnerKind, proposal: Proposal, current: { featured: boolean; locationId: string | null } | null) {
  const values = proposal.values as unknown as Record<string, unknown>;
  if (values.organizationId === '') values.organizationId = actor.organizationId; // "none" means their own: a partner acts for one organization
  if (values.organizationId !== actor.organizationId) throw new ForbiddenError('another organization');
  if (listingTypeOf(kind) === 'event') values.featured = current?.featured ? 'on' : ''; // the home page's choice is staff's
  const { timezone } = await getPublicSettings();
  const valid = validateProposal(kind, proposal, timezone);
  if (!valid.ok) throw new ProposalInvalidError(valid.errors);
  // An event may already take place at another organization's venue (a library): keeping it is fine.
  const places = valid.type === 'service' ? [...valid.input.locationIds, ...valid.input.hours.flatMap((h) => (h.locationId ? [h.locationId] : []))] : [valid.input.locationId ?? ''];
  await assertOwnPlaces(actor, places.filter((id) => id !== current?.locationId));
}

export type NewSubmission = { kind: PartnerKind; targetId: string | null; targetVersion: number | null; idempotencyKey: string; proposal: Proposal; message: string; locale: string };

/**
 * Stores a proposal as a pending submission. The form's idempotency key makes a replayed or
 * double-clicked post return the submission the first one created.
 */
export async function createPartnerSubmissionOrThrow(actor: Actor | null, s: NewSubmission): Promise<{ id: string; created: boolean }> {
  assertPartner(actor);
  const existing = await db.submission.findUnique({ where: { idempotencyKey: s.idempotencyKey }, select: { id: true, submittedById: true } });
  if (existing) {
    if (existing.submittedById !== actor.userId) throw new ForbiddenError('someone else\'s submission');
    return { id: existing.id, created: false };
  }
  const type = listingTypeOf(s.kind);
  const isEdit = s.kind.startsWith('edit_');
  if (isEdit !== (s.targetId !== null) || (isEdit && s.targetVersion === null)) throw new NotFoundError('target');
  const current = s.targetId ? await ownListingOrThrow(actor, type, s.targetId) : null;
  await checkProposalOrThrow(actor, s.kind, s.proposal, current);
  try {
    return await db.$transaction(async (tx) => {
      // The version the partner saw gets a revision now, so the reviewer can later see what moved.
      if (s.targetId && type === 'service') await ensureBaselineRevision(tx, 'service', s.targetId, current!.version, () => loadServiceSnapshot(tx, s.targetId!));
      if (s.targetId && type === 'event') await ensureEventBaselineInTx(tx, s.targetId, current!.version);
      const row = await tx.submission.create({
        data: {
          kind: s.kind, source: 'partner', submittedById: actor.userId, organizationId: actor.organizationId, targetType: s.targetId ? type : null, targetId: s.targetId,
          targetVersion: s.targetId ? s.targetVersion : null, payload: s.proposal as unknown as Prisma.InputJsonValue, message: s.message, locale: s.locale, idempotencyKey: s.idempotencyKey,
        },
        select: { id: true },
      });
      return { id: row.id, created: true };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Two posts of the same form raced: the other one won; answer with its submission.
    const winner = await db.submission.findUniqueOrThrow({ where: { idempotencyKey: s.idempotencyKey }, select: { id: true, submittedById: true } });
    if (winner.submittedById !== actor.userId) throw new ForbiddenError('someone else\'s submission');
    return { id: winner.id, created: false };
  }
}

async function ownSubmissionOrThrow(actor: PartnerActor, id: string) {
  const row = await db.submission.findUnique({ where: { id } });
  if (!row || row.source !== 'partner') throw new NotFoundError('submission');
  if (row.organizationId !== actor.organizationId) throw new ForbiddenError('another organization');
  return row;
}

/** After "changes requested": the corrected proposal goes back to the queue. A second post changes nothing. */
export async function resubmitPartnerSubmissionOrThrow(actor: Actor | null, id: string, proposal: Proposal, message: string) {
  assertPartner(actor);
  const row = await ownSubmissionOrThrow(actor, id);
  if (row.status === 'pending') return { id, resubmitted: false };
  if (row.status !== 'changes_requested') throw new AlreadyDecidedError(row.status, row.decidedAt, null);
  const kind = row.kind as PartnerKind;
  const current = row.targetId ? await ownListingOrThrow(actor, listingTypeOf(kind), row.targetId) : null;
  await checkProposalOrThrow(actor, kind, proposal, current);
  const { count } = await db.submission.updateMany({
    where: { id, status: 'changes_requested' },
    data: { status: 'pending', payload: proposal as unknown as Prisma.InputJsonValue, message, submittedById: actor.userId },
  });
  return { id, resubmitted: count === 1 };
}

/** The partner takes back a proposal nobody has decided yet. */
export async function withdrawPartnerSubmissionOrThrow(actor: Actor | null, id: string) {
  assertPartner(actor);
  const row = await ownSubmissionOrThrow(actor, id);
  const { count } = await db.submission.updateMany({ where: { id, status: { in: ['pending', 'changes_requested'] } }, data: { status: 'withdrawn', decidedAt: new Date() } });
  if (count === 0 && row.status !== 'withdrawn') throw new AlreadyDecidedError(row.status, row.decidedAt, null);
}

/** One of the organization's submissions, with its proposal, for the partner's own view. */
export async function getPartnerSubmissionOrThrow(actor: Actor | null, id: string) {
  assertPartner(actor);
  const row = await ownSubmissionOrThrow(actor, id);
  return {
    id: row.id, kind: row.kind as PartnerKind, status: row.status, reviewerNote: row.reviewerNote, message: row.message, createdAt: row.createdAt, decidedAt: row.decidedAt,
    targetId: row.targetId, targetVersion: row.targetVersion, proposal: row.payload as unknown as Proposal,
  };
}

/** R3: a listing of the partner's organization as the proposal form starts from it. */
export async function getOwnServiceForProposalOrThrow(actor: Actor | null, id: string) {
  assertPartner(actor);
  await ownListingOrThrow(actor, 'service', id);
  return loadServiceForEditOrThrow(id);
}

export async function getOwnEventForProposalOrThrow(actor: Actor | null, id: string) {
  assertPartner(actor);
  await ownListingOrThrow(actor, 'event', id);
  return loadEventForEditOrThrow(id);
}

/** Choices the partner's forms offer: categories, and their own organization's places only. */
export async function getPartnerFormOptions(actor: Actor | null) {
  assertPartner(actor);
  const [organization, categories, locations, settings] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { id: true, name: true } }),
    db.category.findMany({ orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }], select: { id: true, name: true } }),
    db.location.findMany({ where: { organizationId: actor.organizationId }, orderBy: [{ name: 'asc' }, { id: 'asc' }], select: { id: true, name: true } }),
    getPublicSettings(),
  ]);
  return { organizations: [organization], categories, locations, cityZone: settings.timezone };
}

/** R4 and the partner dashboard: the organization's listings and its submissions, newest first. */
export async function getPartnerDashboard(actor: Actor | null) {
  assertPartner(actor);
  const org = actor.organizationId;
  const [organization, services, events, submissions] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: org }, select: { name: true } }),
    db.service.findMany({ where: { organizationId: org }, orderBy: [{ name: 'asc' }, { id: 'asc' }], select: { id: true, name: true, status: true, verifiedAt: true, slug: true } }),
    db.event.findMany({ where: { organizationId: org }, orderBy: [{ startsAt: 'desc' }, { id: 'asc' }], take: 100, select: { id: true, title: true, status: true, startsAt: true } }),
    db.submission.findMany({
      where: { organizationId: org, source: 'partner' }, orderBy: { createdAt: 'desc' }, take: 100,
      select: { id: true, kind: true, status: true, reviewerNote: true, createdAt: true, decidedAt: true, targetId: true, payload: true },
    }),
  ]);
  return {
    organizationName: organization.name, services, events,
    submissions: submissions.map(({ payload, ...s }) => ({ ...s, kind: s.kind as PartnerKind, title: proposalTitle(payload as unknown as Proposal) })),
  };
}
