import 'server-only';
import { assertRole, type Actor } from '../../auth/actor';
import { db } from '../../db';
import type { Prisma } from '../../generated/prisma/client';
import { EVENT_TEXT_FIELDS, type EventInput, type EventOverrideInput } from '../../validation/admin/event';
import type { Snapshot } from './diff';
import { NotFoundError, PublishBlockedError, StaleVersionError } from './errors';
import { changesSince, ensureBaselineRevision, getRevisionOrThrow, writeRevision, type RevisionAction, type RevisionCredit, type Tx } from './revisions';
import { getPublicSettings } from '../settings';
import { sourceHash, translationEntryRow, translationViews, type TranslationEntry } from './translations';

// A3: staff write events exactly as services (decision 005): version check, the row and its
// single-date changes in one transaction, a full snapshot revision per version.

const OMIT = new Set(['id', 'createdAt', 'updatedAt', 'version', 'translations', 'overrides']);
const DATE_FIELDS = new Set(['startsAt', 'endsAt']);

async function snapshotOf(tx: Tx, id: string): Promise<Snapshot> {
  const row = await tx.event.findUniqueOrThrow({
    where: { id },
    include: { translations: { orderBy: [{ locale: 'asc' }, { field: 'asc' }] }, overrides: { orderBy: { originalStart: 'asc' } } },
  });
  const out: Snapshot = {};
  for (const [k, v] of Object.entries(row)) if (!OMIT.has(k)) out[k] = v instanceof Date ? v.toISOString() : v;
  out.overrides = row.overrides.map((o) => ({
    originalStart: o.originalStart.toISOString(), cancelled: o.cancelled, newStartsAt: o.newStartsAt?.toISOString() ?? null, newEndsAt: o.newEndsAt?.toISOString() ?? null, note: o.note,
  }));
  out.translations = row.translations.map((t) => ({ locale: t.locale, field: t.field, value: t.value, status: t.status, sourceHash: t.sourceHash }));
  return out;
}

async function replaceOverrides(tx: Tx, eventId: string, overrides: EventOverrideInput[]) {
  await tx.eventOccurrenceOverride.deleteMany({ where: { eventId } });
  if (overrides.length) await tx.eventOccurrenceOverride.createMany({ data: overrides.map((o) => ({ eventId, ...o })) });
}

async function finishWrite(tx: Tx, id: string, actor: Actor | RevisionCredit, action: RevisionAction, restoredFrom?: string) {
  const { version } = await tx.event.findUniqueOrThrow({ where: { id }, select: { version: true } });
  const credit: RevisionCredit = 'userId' in actor ? { authorId: actor.userId } : actor;
  await writeRevision(tx, { entityType: 'event', entityId: id, version, snapshot: await snapshotOf(tx, id), action, restoredFrom, ...credit });
  return { id, version };
}

async function claimVersionOrThrow(tx: Tx, id: string, expected: number, data: Prisma.EventUncheckedUpdateManyInput) {
  const current = await tx.event.findUnique({ where: { id }, select: { version: true } });
  if (!current) throw new NotFoundError('event');
  await ensureBaselineRevision(tx, 'event', id, current.version, () => snapshotOf(tx, id));
  const { count } = await tx.event.updateMany({ where: { id, version: expected }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) {
    const now = await tx.event.findUniqueOrThrow({ where: { id }, select: { version: true } });
    throw new StaleVersionError(now.version, await changesSince(tx, 'event', id, expected, await snapshotOf(tx, id)));
  }
}

const rowData = ({ overrides: _overrides, ...row }: EventInput) => row;

async function writeEventTranslations(tx: Tx, id: string, translations: { locale: string; field: string; value: string }[]) {
  if (!translations.length) return;
  const event = await tx.event.findUniqueOrThrow({ where: { id } });
  for (const t of translations) {
    if (t.locale === event.sourceLocale || !(EVENT_TEXT_FIELDS as readonly string[]).includes(t.field)) continue;
    const data = { value: t.value, status: 'reviewed' as const, sourceHash: sourceHash((event as unknown as Record<string, string>)[t.field] ?? '') };
    await tx.eventTranslation.upsert({ where: { eventId_locale_field: { eventId: id, locale: t.locale, field: t.field } }, create: { eventId: id, locale: t.locale, field: t.field, ...data }, update: data });
  }
}

/** The editor's one write path inside the caller's transaction; approving a partner's proposal uses it too. */
export async function writeEventInTx(tx: Tx, target: { id: string; expectedVersion: number } | null, input: EventInput, credit: RevisionCredit, translations: { locale: string; field: string; value: string }[] = []) {
  const action: RevisionAction = credit.submissionId ? 'approve_submission' : target ? 'update' : 'create';
  let id: string;
  if (target) {
    id = target.id;
    await claimVersionOrThrow(tx, id, target.expectedVersion, rowData(input));
  } else {
    id = (await tx.event.create({ data: { ...rowData(input), status: 'draft' }, select: { id: true } })).id;
  }
  await replaceOverrides(tx, id, input.overrides);
  await writeEventTranslations(tx, id, translations);
  return finishWrite(tx, id, credit, action);
}

/** The event as its revisions store it. */
export const loadEventSnapshot = (tx: Tx, id: string) => snapshotOf(tx, id);

/** Before a proposal is stored: make sure the version it is based on has a revision to compare with later. */
export async function ensureEventBaselineInTx(tx: Tx, id: string, version: number) {
  await ensureBaselineRevision(tx, 'event', id, version, () => snapshotOf(tx, id));
}

export async function createEventOrThrow(actor: Actor | null, input: EventInput) {
  assertRole(actor, 'admin', 'staff');
  return db.$transaction((tx) => writeEventInTx(tx, null, input, { authorId: actor.userId }));
}

export async function updateEventOrThrow(actor: Actor | null, id: string, expectedVersion: number, input: EventInput) {
  assertRole(actor, 'admin', 'staff');
  return db.$transaction((tx) => writeEventInTx(tx, { id, expectedVersion }, input, { authorId: actor.userId }));
}

/** What the public page cannot do without. */
export function missingForPublish(e: { title: string; summary: string; locationId: string | null; onlineUrl: string | null }) {
  const missing: string[] = [];
  if (!e.title.trim()) missing.push('title');
  if (!e.summary.trim()) missing.push('summary');
  if (!e.locationId && !e.onlineUrl) missing.push('place');
  return missing;
}

export async function setEventStatusOrThrow(actor: Actor | null, id: string, expectedVersion: number, status: 'draft' | 'published' | 'archived') {
  assertRole(actor, 'admin', 'staff');
  return db.$transaction(async (tx) => {
    const row = await tx.event.findUnique({ where: { id } });
    if (!row) throw new NotFoundError('event');
    if (status === 'published') {
      const missing = missingForPublish(row);
      if (missing.length) throw new PublishBlockedError(missing);
    }
    await claimVersionOrThrow(tx, id, expectedVersion, { status });
    return finishWrite(tx, id, actor, status === 'published' ? 'publish' : status === 'archived' ? 'archive' : 'update');
  });
}

/** Writes an old revision back as a new version (recorded as a restore). */
export async function restoreEventRevisionOrThrow(actor: Actor | null, revisionId: string, expectedVersion: number) {
  const revision = await getRevisionOrThrow(actor, revisionId);
  assertRole(actor, 'admin', 'staff');
  if (revision.entityType !== 'event') throw new NotFoundError('event revision');
  const id = revision.entityId;
  const snap = revision.snapshot as Snapshot & {
    overrides: { originalStart: string; cancelled: boolean; newStartsAt: string | null; newEndsAt: string | null; note: string }[];
    translations: { locale: string; field: string; value: string; status: 'reviewed' | 'machine' | 'missing'; sourceHash: string | null }[];
  };
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(snap)) {
    if (['overrides', 'translations', 'id', 'version', 'createdAt', 'updatedAt'].includes(k)) continue;
    fields[k] = DATE_FIELDS.has(k) && typeof v === 'string' ? new Date(v) : v;
  }
  return db.$transaction(async (tx) => {
    await claimVersionOrThrow(tx, id, expectedVersion, fields as Prisma.EventUncheckedUpdateManyInput);
    await replaceOverrides(tx, id, (snap.overrides ?? []).map((o) => ({
      originalStart: new Date(o.originalStart), cancelled: o.cancelled, newStartsAt: o.newStartsAt ? new Date(o.newStartsAt) : null, newEndsAt: o.newEndsAt ? new Date(o.newEndsAt) : null, note: o.note,
    })));
    await tx.eventTranslation.deleteMany({ where: { eventId: id } });
    if (snap.translations?.length) await tx.eventTranslation.createMany({ data: snap.translations.map((t) => ({ eventId: id, ...t })) });
    return finishWrite(tx, id, actor, 'restore', revision.id);
  });
}

export async function markEventTranslationReviewedOrThrow(actor: Actor | null, id: string, expectedVersion: number, locale: string, field: string) {
  assertRole(actor, 'admin', 'staff');
  if (!(EVENT_TEXT_FIELDS as readonly string[]).includes(field)) throw new NotFoundError('translation field');
  return db.$transaction(async (tx) => {
    await claimVersionOrThrow(tx, id, expectedVersion, {});
    const event = await tx.event.findUniqueOrThrow({ where: { id } });
    const source = (event as unknown as Record<string, string>)[field] ?? '';
    const { count } = await tx.eventTranslation.updateMany({ where: { eventId: id, locale, field }, data: { status: 'reviewed', sourceHash: sourceHash(source) } });
    if (count === 0) throw new NotFoundError('translation');
    return finishWrite(tx, id, actor, 'update');
  });
}

/** Staff write or correct one translation; it is recorded as made from the current source text. */
export async function saveEventTranslationOrThrow(actor: Actor | null, id: string, expectedVersion: number, entry: TranslationEntry) {
  assertRole(actor, 'admin', 'staff');
  return db.$transaction(async (tx) => {
    await claimVersionOrThrow(tx, id, expectedVersion, {});
    const event = await tx.event.findUniqueOrThrow({ where: { id } });
    const data = translationEntryRow(entry, EVENT_TEXT_FIELDS, event.sourceLocale, (event as unknown as Record<string, string>)[entry.field] ?? '');
    if (!data) throw new NotFoundError('translation field');
    const { locale, field } = entry;
    await tx.eventTranslation.upsert({ where: { eventId_locale_field: { eventId: id, locale, field } }, create: { eventId: id, locale, field, ...data }, update: data });
    return finishWrite(tx, id, actor, 'update');
  });
}

export async function getEventForEditOrThrow(actor: Actor | null, id: string) {
  assertRole(actor, 'admin', 'staff');
  return loadEventForEditOrThrow(id);
}

/** The editor's view of an event. No authorization here: callers in lib/data check first. */
export async function loadEventForEditOrThrow(id: string) {
  const row = await db.event.findUnique({
    where: { id },
    include: { translations: { orderBy: [{ field: 'asc' }, { locale: 'asc' }] }, overrides: { orderBy: { originalStart: 'asc' } } },
  });
  if (!row) throw new NotFoundError('event');
  const source = Object.fromEntries(EVENT_TEXT_FIELDS.map((f) => [f, row[f]]));
  return { ...row, translationViews: translationViews(row.translations, source), missingForPublish: missingForPublish(row) };
}
export type EventForEdit = Awaited<ReturnType<typeof getEventForEditOrThrow>>;

/** Choices the event form offers: organizations, categories, every place, and the city's zone. */
export async function getEventFormOptions(actor: Actor | null) {
  assertRole(actor, 'admin', 'staff');
  // The city's zone comes from the per-request settings the layout has already read.
  const [organizations, categories, locations, settings] = await Promise.all([
    db.organization.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    db.category.findMany({ orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }], select: { id: true, name: true } }),
    db.location.findMany({ orderBy: [{ name: 'asc' }, { id: 'asc' }], select: { id: true, name: true, isConfidential: true, organization: { select: { name: true } } } }),
    getPublicSettings(),
  ]);
  return {
    organizations,
    categories,
    locations: locations.map((l) => ({ id: l.id, name: `${l.name} (${l.organization.name})${l.isConfidential ? ' *' : ''}` })),
    cityZone: settings.timezone,
  };
}

export async function listEventsForStaff(actor: Actor | null, q: { query?: string; status?: 'draft' | 'published' | 'archived'; page?: number }) {
  assertRole(actor, 'admin', 'staff');
  const take = 50;
  const where: Prisma.EventWhereInput = {
    ...(q.status ? { status: q.status } : {}),
    ...(q.query ? { OR: [{ title: { contains: q.query, mode: 'insensitive' } }, { slug: { contains: q.query, mode: 'insensitive' } }] } : {}),
  };
  const page = Math.max(1, q.page ?? 1);
  const [total, items] = await Promise.all([
    db.event.count({ where }),
    db.event.findMany({
      where, orderBy: [{ startsAt: 'desc' }, { id: 'asc' }], skip: (page - 1) * take, take,
      select: { id: true, title: true, slug: true, status: true, startsAt: true, timezone: true, allDay: true, recurrenceRule: true, organization: { select: { name: true } } },
    }),
  ]);
  return { total, items, page, pageCount: Math.max(1, Math.ceil(total / take)) };
}

// The translators' exchange (lib/data/admin/translation-exchange.ts) writes translations the same way.
export { claimVersionOrThrow as claimEventVersionOrThrow, finishWrite as finishEventWrite };
