import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '../../db';
import { recordAudit } from '../audit';
import { buildHsdsTables } from './export-tables';
import { toPackageFiles, zipPackage } from './export';

/** The staff download at /admin/data: the whole directory as a zipped HSDS data package. */
export async function exportHsdsZipForStaff(actor: Actor): Promise<Uint8Array> {
  assertRole(actor, 'admin', 'staff');
  const zip = zipPackage(toPackageFiles(await buildHsdsTables(db)));
  await recordAudit({ action: 'hsds_export', actorId: actor.userId, details: { bytes: zip.byteLength } });
  return zip;
}
