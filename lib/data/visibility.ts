import type { Prisma } from '../generated/prisma/client';

// What the public may see (PRODUCT T5): published listings of published organizations,
// verified within the hide threshold. Every public query goes through these filters.

export function verificationCutoff(hideAfterDays: number, now = new Date()): Date {
  return new Date(now.getTime() - hideAfterDays * 86_400_000);
}

export function publicServiceWhere(hideAfterDays: number, now = new Date()): Prisma.ServiceWhereInput {
  const cutoff = verificationCutoff(hideAfterDays, now);
  return {
    status: 'published',
    organization: { status: 'published' },
    OR: [{ verifiedAt: { gte: cutoff } }, { verifiedAt: null, createdAt: { gte: cutoff } }],
  };
}

export const publicOrganizationWhere: Prisma.OrganizationWhereInput = { status: 'published' };
