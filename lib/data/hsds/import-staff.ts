import 'server-only';
import { createHash } from 'node:crypto';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '../../db';
import { recordAudit } from '../audit';
import { applyTables } from './import-apply';
import { findExisting } from './import-existing';
import { MAX_UPLOAD_BYTES, readUpload } from './import-read';
import { validateUpload, type Counts, type Validation } from './import-validate';

// The staff import (I2): upload → preview → apply. The upload is kept in the database
// (HsdsImportUpload) between preview and apply, so the browser sends back only its id and
// what is applied is byte for byte what was previewed (its SHA-256 is checked again).

const UPLOAD_LIFETIME_MS = 24 * 3_600_000;

export class ImportUploadError extends Error {
  constructor(public code: 'tooLarge' | 'empty' | 'notFound' | 'alreadyApplied' | 'invalid' | 'changed') {
    super(code);
    this.name = 'ImportUploadError';
  }
}

export async function storeHsdsUpload(actor: Actor, fileName: string, bytes: Uint8Array): Promise<string> {
  assertRole(actor, 'admin', 'staff');
  if (bytes.byteLength === 0) throw new ImportUploadError('empty');
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw new ImportUploadError('tooLarge');
  // Uploads older than a day are never applied; clear them while we are here.
  await db.hsdsImportUpload.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - UPLOAD_LIFETIME_MS) } } });
  const row = await db.hsdsImportUpload.create({
    data: { createdById: actor.userId, fileName: fileName.slice(0, 200), sha256: sha256(bytes), data: Buffer.from(bytes) },
    select: { id: true },
  });
  return row.id;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function loadUpload(id: string) {
  const row = await db.hsdsImportUpload.findFirst({ where: { id, createdAt: { gte: new Date(Date.now() - UPLOAD_LIFETIME_MS) } } });
  if (!row) throw new ImportUploadError('notFound');
  return row;
}

export type ImportPreview = Validation & { fileName: string; appliedAt: Date | null; summary: Counts | null };

export async function previewHsdsImport(actor: Actor, id: string): Promise<ImportPreview> {
  assertRole(actor, 'admin', 'staff');
  const upload = await loadUpload(id);
  const read = readUpload(upload.fileName, new Uint8Array(upload.data));
  const validation = validateUpload(read, await findExisting(db, read.tables));
  return { ...validation, fileName: upload.fileName, appliedAt: upload.appliedAt, summary: upload.summary as Counts | null };
}

/** Applies an upload in one transaction, or nothing: it is validated again inside it. */
export async function applyHsdsImport(actor: Actor, id: string): Promise<Counts> {
  assertRole(actor, 'admin', 'staff');
  return db.$transaction(
    async (tx) => {
      // Lock the upload row so that a double click applies once.
      const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "HsdsImportUpload" WHERE id = ${id}::uuid FOR UPDATE`;
      if (locked.length === 0) throw new ImportUploadError('notFound');
      const upload = await tx.hsdsImportUpload.findUniqueOrThrow({ where: { id } });
      if (upload.appliedAt) throw new ImportUploadError('alreadyApplied');
      const bytes = new Uint8Array(upload.data);
      if (sha256(bytes) !== upload.sha256) throw new ImportUploadError('changed');
      const read = readUpload(upload.fileName, bytes);
      const validation = validateUpload(read, await findExisting(tx, read.tables));
      if (validation.problems.length > 0) throw new ImportUploadError('invalid');
      const counts = await applyTables(tx, read.tables);
      await tx.hsdsImportUpload.update({ where: { id }, data: { appliedAt: new Date(), appliedById: actor.userId, summary: counts } });
      await recordAudit({ action: 'hsds_import', actorId: actor.userId, targetType: 'hsds_import', targetId: id, details: { fileName: upload.fileName, ...counts } }, tx);
      return counts;
    },
    { timeout: 300_000, maxWait: 10_000 },
  );
}
