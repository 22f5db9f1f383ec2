import 'server-only';
import { assertRole, ForbiddenError, type Actor } from '../../auth/actor';
import { db } from '../../db';
import type { Prisma } from '../../generated/prisma/client';
import type { ServiceInput } from '../../validation/admin/service';
import { SERVICE_TEXT_FIELDS } from '../../validation/admin/service';
import { refreshSearchForServices } from '../search-index';
import { NotFoundError, PublishBlockedError, StaleVersionError } from './errors';
import { changesSince, ensureBaselineRevision, getRevisionOrThrow, writeRevision, type RevisionAction, type RevisionCredit, type Tx } from './revisions';
import { loadServiceSnapshot, replaceServiceRelations, serviceFieldsOf } from './service-snapshot';
import { sourceHash, translationEntryRow, translationViews, type TranslationEntry } from './translations';

type SnapshotRelations = Parameters<typeof replaceServiceRelations>[2] & {
  translations: { locale: string; field: string; value: string; status: 'reviewed' | 'machine' | 'missing'; sourceHash: string | null }[];
};

const day = (d: string | null) => (d ? new Date(`${d}T00:00:00Z`) : null);

function rowData(input: ServiceInput) {
  const { categoryIds, primaryCategoryId, locationIds, hours, exceptions, alertUntil, statusSafetyConfirmedAt, legalAuthorizationCheckedAt, idsConfirmedAt, ...rest } = input;
  return { ...rest, alertUntil: day(alertUntil), statusSafetyConfirmedAt: day(statusSafetyConfirmedAt), legalAuthorizationCheckedAt: day(legalAuthorizationCheckedAt), idsConfirmedAt: day(idsConfirmedAt) };
}

function relationsOf(input: ServiceInput) {
  const primary = input.primaryCategoryId ?? input.categoryIds[0] ?? null;
  return {
    categories: input.categoryIds.map((categoryId) => ({ categoryId, isPrimary: categoryId === primary })),
    locations: input.locationIds,
    hours: input.hours,
    exceptions: input.exceptions,
  };
}

/** Writes a new version: row already updated; rebuilds search and records the revision. */
export async function finishServiceWrite(tx: Tx, id: string, actor: Actor | RevisionCredit, action: RevisionAction, restoredFrom?: string) {
  await refreshSearchForServices([id], tx);
  const snapshot = await loadServiceSnapshot(tx, id);
  const { version } = await tx.service.findUniqueOrThrow({ where: { id }, select: { version: true } });
  const credit: RevisionCredit = 'userId' in actor ? { authorId: actor.userId } : actor;
  await writeRevision(tx, { entityType: 'service', entityId: id, version, snapshot, action, restoredFrom, ...credit });
  return { id, version };
}

/** Bumps the version if it is still `expected`, or throws StaleVersionError with what changed. */
export async function claimServiceVersionOrThrow(tx: Tx, id: string, expected: number, data: Prisma.ServiceUncheckedUpdateManyInput) {
  const current = await tx.service.findUnique({ where: { id }, select: { version: true } });
  if (!current) throw new NotFoundError('service');
  await ensureBaselineRevision(tx, 'service', id, current.version, () => loadServiceSnapshot(tx, id));
  const { count } = await tx.service.updateMany({ where: { id, version: expected }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) {
    const now = await tx.service.findUniqueOrThrow({ where: { id }, select: { version: true } });
    throw new StaleVersionError(now.version, await changesSince(tx, 'service', id, expected, await loadServiceSnapshot(tx, id)));
  }
}

/** Translations typed by a person and approved: reviewed, made from the current source text. */
export type ProposedTranslation = { locale: string; field: string; value: string };

async function writeServiceTranslations(tx: Tx, id: string, translations: ProposedTranslation[]) {
  if (!translations.length) return;
  const service = await tx.service.findUniqueOrThrow({ where: { id } });
  for (const t of translations) {
    if (t.locale === service.sourceLocale || !(SERVICE_TEXT_FIELDS as readonly string[]).includes(t.field)) continue;
    const data = { value: t.value, status: 'reviewed' as const, sourceHash: sourceHash((service as unknown as Record<string, string | null>)[t.field] ?? '') };
    await tx.serviceTranslation.upsert({ where: { serviceId_locale_field: { serviceId: id, locale: t.locale, field: t.field } }, create: { serviceId: id, locale: t.locale, field: t.field, ...data }, update: data });
  }
}

/**
 * The one write path of the editor, inside the caller's transaction: the staff editor saves
 * through it, and approving a partner's proposal (lib/data/admin/moderation.ts) does too.
 */
export async function writeServiceInTx(tx: Tx, target: { id: string; expectedVersion: number } | null, input: ServiceInput, credit: RevisionCredit, translations: ProposedTranslation[] = []) {
  const action: RevisionAction = credit.submissionId ? 'approve_submission' : target ? 'update' : 'create';
  let id: string;
  if (target) {
    id = target.id;
    await claimServiceVersionOrThrow(tx, id, target.expectedVersion, rowData(input));
  } else {
    id = (await tx.service.create({ data: { ...rowData(input), status: 'draft' }, select: { id: true } })).id;
  }
  await replaceServiceRelations(tx, id, relationsOf(input));
  await writeServiceTranslations(tx, id, translations);
  return finishServiceWrite(tx, id, credit, action);
}

export async function createServiceOrThrow(actor: Actor | null, input: ServiceInput) {
  assertRole(actor, 'admin', 'staff');
  return db.$transaction((tx) => writeServiceInTx(tx, null, input, { authorId: actor.userId }));
}

export async function updateServiceOrThrow(actor: Actor | null, id: string, expectedVersion: number, input: ServiceInput) {
  assertRole(actor, 'admin', 'staff');
  return db.$transaction((tx) => writeServiceInTx(tx, { id, expectedVersion }, input, { authorId: actor.userId }));
}

/** Fields the public page cannot do without. */
export function missingForPublish(s: { name: string; summary: string; description: string; categories: unknown[]; phone: string | null; email: string | null; website: string | null; locations: unknown[] }) {
  const missing: string[] = [];
  if (!s.name.trim()) missing.push('name');
  if (!s.summary.trim()) missing.push('summary');
  if (!s.description.trim()) missing.push('description');
  if (s.categories.length === 0) missing.push('categoryIds');
  if (!s.phone && !s.email && !s.website && s.locations.length === 0) missing.push('contact');
  return missing;
}

export async function setServiceStatusOrThrow(actor: Actor | null, id: string, expectedVersion: number, status: 'draft' | 'published' | 'archived') {
  assertRole(actor, 'admin', 'staff');
  return db.$transaction(async (tx) => {
    const row = await tx.service.findUnique({ where: { id }, include: { categories: true, locations: true } });
    if (!row) throw new NotFoundError('service');
    if (status === 'published') {
      const missing = missingForPublish(row);
      if (missing.length) throw new PublishBlockedError(missing);
    }
    await claimServiceVersionOrThrow(tx, id, expectedVersion, { status, ...(status === 'published' && !row.publishedAt ? { publishedAt: new Date() } : {}) });
    return finishServiceWrite(tx, id, actor, status === 'published' ? 'publish' : status === 'archived' ? 'archive' : 'update');
  });
}

/** Writes an old revision back as a new version (recorded as a restore). */
export async function restoreServiceRevisionOrThrow(actor: Actor | null, revisionId: string, expectedVersion: number) {
  const revision = await getRevisionOrThrow(actor, revisionId);
  assertRole(actor, 'admin', 'staff');
  if (revision.entityType !== 'service') throw new NotFoundError('service revision');
  const id = revision.entityId;
  const snap = revision.snapshot as unknown as SnapshotRelations;
  return db.$transaction(async (tx) => {
    await claimServiceVersionOrThrow(tx, id, expectedVersion, serviceFieldsOf(revision.snapshot) as Prisma.ServiceUncheckedUpdateManyInput);
    await replaceServiceRelations(tx, id, { categories: snap.categories, locations: snap.locations, hours: snap.hours, exceptions: snap.exceptions });
    await tx.serviceTranslation.deleteMany({ where: { serviceId: id } });
    const translations = snap.translations;
    if (translations.length) await tx.serviceTranslation.createMany({ data: translations.map((t) => ({ serviceId: id, ...t })) });
    return finishServiceWrite(tx, id, actor, 'restore', revision.id);
  });
}

/**
 * One click on the verification dashboard: "verified, still correct". Partners may confirm
 * their own organization's published listings (R5, /admin/reverify), never another's.
 */
export async function verifyServiceOrThrow(actor: Actor | null, id: string, now = new Date()) {
  assertRole(actor, 'admin', 'staff', 'partner');
  return db.$transaction(async (tx) => {
    const current = await tx.service.findUnique({ where: { id }, select: { version: true, organizationId: true, status: true } });
    if (!current) throw new NotFoundError('service');
    if (actor.role === 'partner' && (!actor.organizationId || current.organizationId !== actor.organizationId || current.status !== 'published')) throw new ForbiddenError('not your published listing');
    await claimServiceVersionOrThrow(tx, id, current.version, { verifiedAt: now, verifiedById: actor.userId });
    return finishServiceWrite(tx, id, actor, 'verify');
  });
}

/** Staff confirm a translation: reviewed, and made from the current source text. */
export async function markServiceTranslationReviewedOrThrow(actor: Actor | null, id: string, expectedVersion: number, locale: string, field: string) {
  assertRole(actor, 'admin', 'staff');
  if (!(SERVICE_TEXT_FIELDS as readonly string[]).includes(field)) throw new NotFoundError('translation field');
  return db.$transaction(async (tx) => {
    await claimServiceVersionOrThrow(tx, id, expectedVersion, {});
    const service = await tx.service.findUniqueOrThrow({ where: { id } });
    const source = (service as unknown as Record<string, string | null>)[field] ?? '';
    const { count } = await tx.serviceTranslation.updateMany({ where: { serviceId: id, locale, field }, data: { status: 'reviewed', sourceHash: sourceHash(source) } });
    if (count === 0) throw new NotFoundError('translation');
    return finishServiceWrite(tx, id, actor, 'update');
  });
}

/** Staff write or correct one translation; it is recorded as made from the current source text. */
export async function saveServiceTranslationOrThrow(actor: Actor | null, id: string, expectedVersion: number, entry: TranslationEntry) {
  assertRole(actor, 'admin', 'staff');
  return db.$transaction(async (tx) => {
    await claimServiceVersionOrThrow(tx, id, expectedVersion, {});
    const service = await tx.service.findUniqueOrThrow({ where: { id } });
    const data = translationEntryRow(entry, SERVICE_TEXT_FIELDS, service.sourceLocale, (service as unknown as Record<string, string | null>)[entry.field] ?? '');
    if (!data) throw new NotFoundError('translation field');
    const { locale, field } = entry;
    await tx.serviceTranslation.upsert({ where: { serviceId_locale_field: { serviceId: id, locale, field } }, create: { serviceId: id, locale, field, ...data }, update: data });
    return finishServiceWrite(tx, id, actor, 'update');
  });
}

export async function getServiceForEditOrThrow(actor: Actor | null, id: string) {
  assertRole(actor, 'admin', 'staff');
  return loadServiceForEditOrThrow(id);
}

/** The editor's view of a service. No authorization here: callers in lib/data check first. */
export async function loadServiceForEditOrThrow(id: string) {
  const row = await db.service.findUnique({
    where: { id },
    include: {
      translations: { orderBy: [{ field: 'asc' }, { locale: 'asc' }] },
      categories: true,
      locations: { include: { location: { select: { id: true, name: true } } } },
      hours: { orderBy: [{ weekday: 'asc' }, { opensAt: 'asc' }] },
      exceptions: { orderBy: { date: 'asc' } },
      organization: { select: { id: true, name: true } },
    },
  });
  if (!row) throw new NotFoundError('service');
  const locationOf = new Map(row.locations.map((l) => [l.id, l.locationId]));
  const source = Object.fromEntries(SERVICE_TEXT_FIELDS.map((f) => [f, row[f]]));
  return {
    ...row,
    hours: row.hours.map((h) => ({ ...h, locationId: h.serviceAtLocationId ? locationOf.get(h.serviceAtLocationId)! : null })),
    exceptions: row.exceptions.map((e) => ({ ...e, locationId: e.serviceAtLocationId ? locationOf.get(e.serviceAtLocationId)! : null })),
    translationViews: translationViews(row.translations, source),
    missingForPublish: missingForPublish(row),
  };
}
export type ServiceForEdit = Awaited<ReturnType<typeof getServiceForEditOrThrow>>;

/** Choices the service form offers: organizations, categories, the organization's places. */
export async function getServiceFormOptions(actor: Actor | null, organizationId: string | null) {
  assertRole(actor, 'admin', 'staff');
  const [organizations, categories, locations] = await Promise.all([
    db.organization.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    db.category.findMany({ orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }], select: { id: true, name: true } }),
    organizationId ? db.location.findMany({ where: { organizationId }, orderBy: { name: 'asc' }, select: { id: true, name: true } }) : [],
  ]);
  return { organizations, categories, locations };
}

export async function listServicesForStaff(actor: Actor | null, q: { query?: string; status?: 'draft' | 'published' | 'archived'; page?: number }) {
  assertRole(actor, 'admin', 'staff');
  const take = 50;
  const where: Prisma.ServiceWhereInput = {
    ...(q.status ? { status: q.status } : {}),
    ...(q.query ? { OR: [{ name: { contains: q.query, mode: 'insensitive' } }, { slug: { contains: q.query, mode: 'insensitive' } }, { organization: { name: { contains: q.query, mode: 'insensitive' } } }] } : {}),
  };
  const page = Math.max(1, q.page ?? 1);
  const [total, items] = await Promise.all([
    db.service.count({ where }),
    db.service.findMany({ where, orderBy: [{ name: 'asc' }, { id: 'asc' }], skip: (page - 1) * take, take, select: { id: true, name: true, slug: true, status: true, verifiedAt: true, updatedAt: true, organization: { select: { name: true } } } }),
  ]);
  return { total, items, page, pageCount: Math.max(1, Math.ceil(total / take)) };
}
