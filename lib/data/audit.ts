import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

// The append-only audit log (A8). A database trigger refuses UPDATE and DELETE, so rows
// written here stay as they were. Never store IP addresses or passwords in `details`.

export type AuditAction =
  | 'sign_in'
  | 'sign_in_failed'
  | 'sign_out'
  | 'sign_out_everywhere'
  | 'password_reset_requested'
  | 'password_reset'
  | 'password_changed'
  | 'invitation_sent'
  | 'invitation_accepted'
  | 'role_changed'
  | 'user_disabled'
  | 'user_enabled'
  | 'two_factor_enabled'
  | 'two_factor_disabled'
  | 'recovery_codes_regenerated'
  | 'recovery_code_used'
  | 'invitation_revoked'
  | 'invitation_resent'
  | 'revision_restored'
  | 'listing_archived'
  | 'place_removed';

export type AuditEntry = {
  action: AuditAction | (string & {});
  actorId?: string | null;
  actorEmail?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  details?: Prisma.InputJsonObject;
};

type Client = Pick<typeof db, 'auditLog'> | Prisma.TransactionClient;

export async function recordAudit(entry: AuditEntry, client: Client = db): Promise<void> {
  await client.auditLog.create({
    data: {
      action: entry.action,
      actorId: entry.actorId ?? null,
      actorEmail: entry.actorEmail ?? null,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      details: entry.details ?? {},
    },
  });
}

export const AUDIT_PAGE_SIZE = 50;

export type AuditRow = { id: string; at: Date; action: string; actorEmail: string | null; targetType: string | null; targetId: string | null; details: string };

/** One page of the audit log, newest first. Admins only. */
export async function listAuditLog(actor: Actor | null, page = 1): Promise<{ rows: AuditRow[]; total: number; pageCount: number }> {
  assertRole(actor, 'admin');
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({ orderBy: { id: 'desc' }, skip: (Math.max(1, page) - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }),
    db.auditLog.count(),
  ]);
  const ids = [...new Set(rows.map((r) => r.actorId).filter((id): id is string => !!id))];
  const users = ids.length ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, email: true } }) : [];
  const emailOf = new Map(users.map((u) => [u.id, u.email]));
  return {
    rows: rows.map((r) => ({
      id: r.id.toString(),
      at: r.at,
      action: r.action,
      actorEmail: (r.actorId && emailOf.get(r.actorId)) || r.actorEmail,
      targetType: r.targetType,
      targetId: r.targetId,
      details: JSON.stringify(r.details),
    })),
    total,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
  };
}
