import 'server-only';
import { assertRole, type Actor } from '../../auth/actor';
import { db } from '../../db';
import type { SettingsInput } from '../../validation/admin/settings';
import type { Snapshot } from './diff';
import { StaleVersionError } from './errors';
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
