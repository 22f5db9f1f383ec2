import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import { db } from '../db';
import { isUniqueViolation } from './admin/errors';
import { localize, translationsIn, type LocalizedText } from './localize';
import { getPublicSettings } from './settings';
import { publicServiceWhere } from './visibility';
import type { ProblemReportInput, ServiceSuggestionInput } from '../validation/suggestions';

// PRODUCT P7, the public side: anyone may report a problem with a listing or suggest a
// service. Nothing is published from here; each row waits for staff (lib/data/admin/suggestions.ts).
// No account, no cookie, no address: only what the visitor typed, their language, and an
// optional email that is erased when staff decide.

export type ReportableService = { id: string; slug: string; name: LocalizedText };

/** A service the public can see, by slug, or null (unknown, draft, hidden): a report needs a real listing. */
export async function getReportableService(slug: string, locale: string): Promise<ReportableService | null> {
  const { verifyHideAfterDays } = await getPublicSettings();
  const row = await db.service.findFirst({
    where: { ...publicServiceWhere(verifyHideAfterDays), slug },
    select: { id: true, slug: true, name: true, sourceLocale: true, translations: translationsIn(locale) },
  });
  return row ? { id: row.id, slug: row.slug, name: localize(row, 'name', row.name, locale) } : null;
}

type Envelope = { locale: string; idempotencyKey: string };
export type IntakeResult = { ok: true; id: string; created: boolean } | { ok: false; reason: 'unknownService' };

/** Stores a problem report about a public service. Replaying the same form (same key) returns the first row. */
export async function createProblemReport(input: ProblemReportInput, envelope: Envelope): Promise<IntakeResult> {
  const { verifyHideAfterDays } = await getPublicSettings();
  const service = await db.service.findFirst({
    where: { ...publicServiceWhere(verifyHideAfterDays), slug: input.serviceSlug },
    select: { id: true, slug: true, version: true, organizationId: true },
  });
  if (!service) return { ok: false, reason: 'unknownService' };
  return createOnce({
    kind: 'report_problem', source: 'public', targetType: 'service', targetId: service.id, targetVersion: service.version,
    organizationId: service.organizationId, problemType: input.problemType, message: input.message, contactEmail: input.contactEmail,
    payload: { serviceSlug: service.slug }, locale: envelope.locale, idempotencyKey: envelope.idempotencyKey,
  });
}

/** Stores a suggested new service exactly as typed; staff turn it into a draft if it is real. */
export async function createServiceSuggestion(input: ServiceSuggestionInput, envelope: Envelope): Promise<IntakeResult> {
  const { message, contactEmail, ...proposal } = input;
  return createOnce({
    kind: 'suggest_service', source: 'public', message, contactEmail, payload: proposal,
    locale: envelope.locale, idempotencyKey: envelope.idempotencyKey,
  });
}

async function createOnce(data: Prisma.SubmissionUncheckedCreateInput): Promise<IntakeResult> {
  try {
    const row = await db.submission.create({ data, select: { id: true } });
    return { ok: true, id: row.id, created: true };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // A double click or a replayed post: the first one stands, nothing else is stored.
    const first = await db.submission.findUniqueOrThrow({ where: { idempotencyKey: data.idempotencyKey }, select: { id: true } });
    return { ok: true, id: first.id, created: false };
  }
}
