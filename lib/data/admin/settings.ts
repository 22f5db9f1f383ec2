import 'server-only';
import { assertRole, type Actor } from '../../auth/actor';
import { db } from '../../db';
import type { SettingsInput } from '../../validation/admin/settings';
import type { Snapshot } from './diff';
import { NotFoundError, StaleVersionError } from './errors';
import { changesSince, ensureBaselineRevision, writeRevision, type Tx } from './revisions';

async function loadSettingsSnapshot(tx: Tx): Promise<Snapshot> {
  const { id, updatedAt, version, ...rest } = await tx.settings.findUniqueOrThrow({ where: { id: 1 } });
  return rest;
}

export async function getSettingsForEditOrThrow(actor: Actor | null) {
  assertRole(actor, 'admin');
  return db.settings.findUniqueOrThrow({ where: { id: 1 } });
}

/** A11, admin only. Refuses a stale form like every editor. */
export async function updateSettingsOrThrow(actor: Actor | null, expectedVersion: number, input: SettingsInput) {
  assertRole(actor, 'admin');
  return db.$transaction(async (tx) => {
    const current = await tx.settings.findUniqueOrThrow({ where: { id: 1 }, select: { version: true } });
    await ensureBaselineRevision(tx, 'settings', '1', current.version, () => loadSettingsSnapshot(tx));
    const { count } = await tx.settings.updateMany({ where: { id: 1, version: expectedVersion }, data: { ...input, version: { increment: 1 } } });
    if (count === 0) throw new StaleVersionError(current.version, await changesSince(tx, 'settings', '1', expectedVersion, await loadSettingsSnapshot(tx)));
    const { version } = await tx.settings.findUniqueOrThrow({ where: { id: 1 }, select: { version: true } });
    await writeRevision(tx, { entityType: 'settings', entityId: '1', version, snapshot: await loadSettingsSnapshot(tx), action: 'update', authorId: actor.userId });
    return { version };
  });
}

// What a settings snapshot may put back: every setting, never the row's identity or bookkeeping.
const RESTORABLE_SETTINGS = [
  'cityName', 'stateCode', 'timezone', 'defaultLocale', 'enabledLocales', 'emergencyPhone', 'cityServicesPhone', 'liaisonName',
  'liaisonPhone', 'liaisonEmail', 'logoPath', 'isDemoData', 'verifyFlagAfterDays', 'verifyHideAfterDays', 'submissionDigestDaily',
  'mapCenterLat', 'mapCenterLng',
] as const;

/** A8 for settings, admin only: an earlier revision comes back as a new version. */
export async function restoreSettingsRevisionOrThrow(actor: Actor | null, revisionId: string, expectedVersion: number) {
  assertRole(actor, 'admin');
  return db.$transaction(async (tx) => {
    const revision = await tx.revision.findUnique({ where: { id: revisionId } });
    if (!revision || revision.entityType !== 'settings') throw new NotFoundError('revision');
    const snapshot = revision.snapshot as Record<string, unknown>;
    const data = Object.fromEntries(RESTORABLE_SETTINGS.filter((key) => key in snapshot).map((key) => [key, snapshot[key]]));
    const current = await tx.settings.findUniqueOrThrow({ where: { id: 1 }, select: { version: true } });
    const { count } = await tx.settings.updateMany({ where: { id: 1, version: expectedVersion }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw new StaleVersionError(current.version, await changesSince(tx, 'settings', '1', expectedVersion, await loadSettingsSnapshot(tx)));
    const { version } = await tx.settings.findUniqueOrThrow({ where: { id: 1 }, select: { version: true } });
    await writeRevision(tx, { entityType: 'settings', entityId: '1', version, snapshot: await loadSettingsSnapshot(tx), action: 'restore', authorId: actor.userId, restoredFrom: revisionId });
    return { version };
  });
}

export async function currentSettingsVersion(actor: Actor | null): Promise<number> {
  assertRole(actor, 'admin');
  return (await db.settings.findUniqueOrThrow({ where: { id: 1 }, select: { version: true } })).version;
}
