import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { sendEmail } from '@/lib/email';
import { renderSuggestionReply } from '@/lib/email/suggestion-reply';
import type { SuggestionDecisionInput } from '@/lib/validation/suggestions';
import { recordAudit } from '../audit';
import { NotFoundError } from './errors';

// PRODUCT P7 / A7, the staff side of public suggestions and problem reports. Oldest first,
// so nothing waits forever. A decision is final: it is recorded once, the submitter (if
// they left an email) gets a short reply in their language, and their email is erased in
// the same transaction, so it never outlives the decision.

const PUBLIC_KINDS = ['suggest_service', 'report_problem'] as const;
const publicWhere: Prisma.SubmissionWhereInput = { source: 'public', kind: { in: [...PUBLIC_KINDS] } };
export const SUGGESTIONS_PAGE_SIZE = 100;

export type SuggestionKind = (typeof PUBLIC_KINDS)[number];
export type SuggestionStatus = 'pending' | 'approved' | 'rejected';

/** Deciding an item someone already decided: says who and when, changes nothing. */
export class AlreadyDecidedError extends Error {
  constructor(readonly status: string, readonly decidedAt: Date | null, readonly reviewerName: string | null) {
    super(`already decided: ${status}`);
    this.name = 'AlreadyDecidedError';
  }
}

/** The reply could not be sent (mail server down): the transaction rolls back, nothing is decided. */
export class ReplyFailedError extends Error {
  constructor(cause: unknown) {
    super('the reply email could not be sent', { cause });
    this.name = 'ReplyFailedError';
  }
}

export async function countPendingSuggestions(actor: Actor | null): Promise<number> {
  assertRole(actor, 'admin', 'staff');
  return db.submission.count({ where: { ...publicWhere, status: 'pending' } });
}

export type SuggestionRow = { id: string; kind: SuggestionKind; status: string; problemType: string | null; title: string; createdAt: Date; locale: string };

export async function listSuggestions(actor: Actor | null, filter: { kind?: SuggestionKind; status?: SuggestionStatus }) {
  assertRole(actor, 'admin', 'staff');
  const rows = await db.submission.findMany({
    where: { ...publicWhere, ...(filter.kind ? { kind: filter.kind } : {}), ...(filter.status ? { status: filter.status } : {}) },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: SUGGESTIONS_PAGE_SIZE,
    select: { id: true, kind: true, status: true, problemType: true, payload: true, targetId: true, createdAt: true, locale: true },
  });
  const serviceIds = rows.map((r) => r.targetId).filter((id): id is string => !!id);
  const services = serviceIds.length ? await db.service.findMany({ where: { id: { in: serviceIds } }, select: { id: true, name: true } }) : [];
  const nameOf = new Map(services.map((s) => [s.id, s.name]));
  return rows.map((r): SuggestionRow => ({
    id: r.id, kind: r.kind as SuggestionKind, status: r.status, problemType: r.problemType, createdAt: r.createdAt, locale: r.locale,
    title: r.kind === 'report_problem' ? (r.targetId && nameOf.get(r.targetId)) || '' : String((r.payload as { name?: unknown }).name ?? ''),
  }));
}

export type SuggestionDetail = Awaited<ReturnType<typeof getSuggestionOrThrow>>;

/** One item with what staff need beside it: the listing as it is now, or the proposal. */
export async function getSuggestionOrThrow(actor: Actor | null, id: string) {
  assertRole(actor, 'admin', 'staff');
  const row = await db.submission.findFirst({
    where: { ...publicWhere, id },
    select: {
      id: true, kind: true, status: true, problemType: true, message: true, payload: true, locale: true, createdAt: true, decidedAt: true,
      reviewerNote: true, targetId: true, contactEmail: true, reviewedBy: { select: { name: true } },
    },
  });
  if (!row) throw new NotFoundError('suggestion');
  const listing = row.kind === 'report_problem' && row.targetId
    ? await db.service.findUnique({
        where: { id: row.targetId },
        select: {
          id: true, slug: true, name: true, status: true, phone: true, website: true, email: true, verifiedAt: true, updatedAt: true,
          organization: { select: { name: true } },
          locations: { select: { location: { select: { name: true, address1: true, city: true, isConfidential: true } } } },
        },
      })
    : null;
  const { contactEmail, reviewedBy, payload, ...rest } = row;
  return { ...rest, kind: row.kind as SuggestionKind, hasContactEmail: !!contactEmail, reviewerName: reviewedBy?.name ?? null, proposal: payload as Record<string, string>, listing };
}

/**
 * Records the decision once (a second attempt raises AlreadyDecidedError), audit-logs it,
 * replies to the submitter if they left an email, and erases that email, all in one
 * transaction: if the reply cannot be sent, nothing is decided and staff can try again.
 */
export async function decideSuggestionOrThrow(actor: Actor | null, input: SuggestionDecisionInput): Promise<{ replied: boolean }> {
  assertRole(actor, 'admin', 'staff');
  return db.$transaction(async (tx) => {
    const row = await tx.submission.findFirst({
      where: { ...publicWhere, id: input.id },
      select: { id: true, kind: true, status: true, decidedAt: true, contactEmail: true, locale: true, reviewedBy: { select: { name: true } } },
    });
    if (!row) throw new NotFoundError('suggestion');
    if (row.status !== 'pending') throw new AlreadyDecidedError(row.status, row.decidedAt, row.reviewedBy?.name ?? null);
    // Conditional on still pending: two staff deciding at once cannot both win.
    const claimed = await tx.submission.updateMany({
      where: { id: row.id, status: 'pending' },
      data: { status: input.decision, reviewerNote: input.note, reviewedById: actor.userId, decidedAt: new Date(), contactEmail: null },
    });
    if (claimed.count !== 1) {
      const now = await tx.submission.findUniqueOrThrow({ where: { id: row.id }, select: { status: true, decidedAt: true, reviewedBy: { select: { name: true } } } });
      throw new AlreadyDecidedError(now.status, now.decidedAt, now.reviewedBy?.name ?? null);
    }
    await recordAudit({
      action: 'suggestion_decided', actorId: actor.userId, actorEmail: actor.email, targetType: 'submission', targetId: row.id,
      details: { kind: row.kind, decision: input.decision, replied: !!row.contactEmail },
    }, tx);
    if (row.contactEmail) {
      const mail = await renderSuggestionReply(row.kind as SuggestionKind, input.decision, row.locale, input.note);
      try {
        await sendEmail({ to: row.contactEmail, ...mail });
      } catch (cause) {
        throw new ReplyFailedError(cause);
      }
    }
    return { replied: !!row.contactEmail };
  }, { timeout: 30_000 });
}

/** What the service editor is prefilled with when staff turn a suggestion into a draft. */
export async function getSuggestionDraftOrThrow(actor: Actor | null, id: string) {
  assertRole(actor, 'admin', 'staff');
  const row = await db.submission.findFirst({ where: { ...publicWhere, kind: 'suggest_service', id }, select: { id: true, payload: true } });
  if (!row) throw new NotFoundError('suggestion');
  const p = row.payload as Record<string, string>;
  const [category, organization] = await Promise.all([
    p.category ? db.category.findUnique({ where: { slug: p.category }, select: { id: true } }) : null,
    p.organization ? db.organization.findFirst({ where: { name: { equals: p.organization, mode: 'insensitive' } }, select: { id: true } }) : null,
  ]);
  return {
    name: p.name ?? '', offers: p.offers ?? '', phone: p.phone ?? '', website: p.website ?? '', organizationName: p.organization ?? '',
    categoryId: category?.id ?? '', organizationId: organization?.id ?? null,
  };
}
