import 'server-only';
import { assertRole, type Actor } from '../../auth/actor';
import { db } from '../../db';
import type { Prisma } from '../../generated/prisma/client';
import { renderDecisionEmail, type Decision } from '../../email/moderation-templates';
import { sendEmail } from '../../email';
import { listingTypeOf, proposalTitle, validateProposal, type PartnerKind, type Proposal } from '../../validation/partner-submission';
import { recordAudit } from '../audit';
import { getPublicSettings } from '../settings';
import { AlreadyDecidedError, ArchivedListingError, ProposalInvalidError } from '../submission-errors';
import { NotFoundError } from './errors';
import { loadEventSnapshot, writeEventInTx } from './events';
import { changesSince } from './revisions';
import { loadServiceSnapshot } from './service-snapshot';
import type { DiffRow } from './diff';
import { writeServiceInTx } from './services';
import type { Tx } from './revisions';

// A7: the moderation queue for partner proposals. Approval applies the proposal through the
// editors' own write path (writeServiceInTx / writeEventInTx) in one transaction with the
// decision itself; the revision names the submitter as author and the reviewer as approver.

const PARTNER_PENDING = { source: 'partner', status: 'pending' } as const;

export async function countPendingPartnerSubmissions(actor: Actor | null) {
  assertRole(actor, 'admin', 'staff');
  return db.submission.count({ where: PARTNER_PENDING });
}

/** Oldest first: whoever waited longest is answered first. */
export async function listPendingPartnerSubmissions(actor: Actor | null) {
  assertRole(actor, 'admin', 'staff');
  const rows = await db.submission.findMany({
    where: PARTNER_PENDING, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: 200,
    select: { id: true, kind: true, createdAt: true, payload: true, organization: { select: { name: true } }, submittedBy: { select: { name: true } } },
  });
  return rows.map(({ payload, ...r }) => ({ ...r, kind: r.kind as PartnerKind, title: proposalTitle(payload as unknown as Proposal) }));
}

/** A submission with everything the review page needs except the current listing (loaded by the page). */
export async function getSubmissionForReviewOrThrow(actor: Actor | null, id: string) {
  assertRole(actor, 'admin', 'staff');
  const row = await db.submission.findUnique({
    where: { id },
    include: { organization: { select: { name: true } }, submittedBy: { select: { name: true, email: true } }, reviewedBy: { select: { name: true } } },
  });
  if (!row || row.source !== 'partner') throw new NotFoundError('submission');
  return { ...row, kind: row.kind as PartnerKind, proposal: row.payload as unknown as Proposal, title: proposalTitle(row.payload as unknown as Proposal) };
}

/**
 * For a proposed edit: what others changed in the listing since the partner loaded it
 * (null when nothing did). Approving as proposed would be refused; the reviewer sees why first.
 */
export async function listingChangesSinceProposal(actor: Actor | null, s: { targetType: string | null; targetId: string | null; targetVersion: number | null }): Promise<{ currentVersion: number; changes: DiffRow[] } | null> {
  assertRole(actor, 'admin', 'staff');
  if (!s.targetId || !s.targetVersion || (s.targetType !== 'service' && s.targetType !== 'event')) return null;
  const id = s.targetId;
  return db.$transaction(async (tx) => {
    const row = s.targetType === 'service' ? await tx.service.findUnique({ where: { id }, select: { version: true } }) : await tx.event.findUnique({ where: { id }, select: { version: true } });
    if (!row || row.version === s.targetVersion) return null;
    const current = s.targetType === 'service' ? await loadServiceSnapshot(tx, id) : await loadEventSnapshot(tx, id);
    return { currentVersion: row.version, changes: await changesSince(tx, s.targetType as 'service', id, s.targetVersion!, current) };
  });
}

async function alreadyDecided(tx: Tx, id: string): Promise<never> {
  const row = await tx.submission.findUnique({ where: { id }, select: { status: true, source: true, decidedAt: true, reviewedBy: { select: { name: true } } } });
  if (!row || row.source !== 'partner') throw new NotFoundError('submission');
  throw new AlreadyDecidedError(row.status, row.decidedAt, row.reviewedBy?.name ?? null);
}

async function notifySubmitter(submissionId: string, decision: Decision) {
  const row = await db.submission.findUnique({ where: { id: submissionId }, select: { reviewerNote: true, payload: true, submittedBy: { select: { email: true, preferredLocale: true, disabledAt: true } } } });
  const to = row?.submittedBy;
  if (!row || !to || to.disabledAt) return;
  try {
    await sendEmail({ to: to.email, ...(await renderDecisionEmail(to.preferredLocale, { decision, title: proposalTitle(row.payload as unknown as Proposal), note: row.reviewerNote, submissionId })) });
  } catch (error) {
    // The decision stands; a mail server that is down must not undo it. The partner sees it on the dashboard.
    console.error('decision email failed:', error instanceof Error ? error.message : error);
  }
}

/**
 * Approve (optionally with the reviewer's edits to the proposal and the version they saw).
 * Refused with nothing applied when someone decided it already (AlreadyDecidedError), when
 * the listing moved on since the proposal was made (StaleVersionError with what changed),
 * when it is archived, or when the proposal no longer passes the editor's rules.
 */
export async function approveSubmissionOrThrow(actor: Actor | null, id: string, edited?: { proposal: Proposal; expectedVersion: number | null }) {
  assertRole(actor, 'admin', 'staff');
  const { timezone } = await getPublicSettings();
  const result = await db.$transaction(async (tx) => {
    const claimed = await tx.submission.updateMany({
      where: { id, ...PARTNER_PENDING },
      data: { status: 'approved', reviewedById: actor.userId, decidedAt: new Date(), reviewerNote: '', ...(edited ? { payload: edited.proposal as unknown as Prisma.InputJsonValue } : {}) },
    });
    if (claimed.count === 0) await alreadyDecided(tx, id);
    const s = await tx.submission.findUniqueOrThrow({ where: { id } });
    const kind = s.kind as PartnerKind;
    const valid = validateProposal(kind, s.payload as unknown as Proposal, timezone);
    if (!valid.ok) throw new ProposalInvalidError(valid.errors);
    const credit = { authorId: s.submittedById, approvedById: actor.userId, submissionId: id };
    let target: { id: string; expectedVersion: number } | null = null;
    if (s.targetId) {
      const type = listingTypeOf(kind);
      const current = type === 'service' ? await tx.service.findUnique({ where: { id: s.targetId }, select: { status: true } }) : await tx.event.findUnique({ where: { id: s.targetId }, select: { status: true } });
      if (!current) throw new NotFoundError(type);
      if (current.status === 'archived') throw new ArchivedListingError();
      target = { id: s.targetId, expectedVersion: edited?.expectedVersion ?? s.targetVersion ?? 0 };
    }
    const written = valid.type === 'service' ? await writeServiceInTx(tx, target, valid.input, credit, valid.translations) : await writeEventInTx(tx, target, valid.input, credit, valid.translations);
    if (!s.targetId) await tx.submission.update({ where: { id }, data: { targetType: valid.type, targetId: written.id, targetVersion: written.version } });
    await recordAudit({ action: 'submission_approved', actorId: actor.userId, actorEmail: actor.email, targetType: 'submission', targetId: id, details: { kind, listingId: written.id, version: written.version, edited: !!edited } }, tx);
    return { listingType: valid.type, listingId: written.id, version: written.version };
  });
  await notifySubmitter(id, 'approved');
  return result;
}

/** Request changes or reject, with a note the partner reads in the email and on their dashboard. */
export async function decideSubmissionWithNoteOrThrow(actor: Actor | null, id: string, decision: 'changes_requested' | 'rejected', note: string) {
  assertRole(actor, 'admin', 'staff');
  await db.$transaction(async (tx) => {
    const { count } = await tx.submission.updateMany({ where: { id, ...PARTNER_PENDING }, data: { status: decision, reviewedById: actor.userId, decidedAt: new Date(), reviewerNote: note } });
    if (count === 0) await alreadyDecided(tx, id);
    await recordAudit({ action: decision === 'rejected' ? 'submission_rejected' : 'submission_changes_requested', actorId: actor.userId, actorEmail: actor.email, targetType: 'submission', targetId: id, details: { noteLength: note.length } }, tx);
  });
  await notifySubmitter(id, decision);
}
