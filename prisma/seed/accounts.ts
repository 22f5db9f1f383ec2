import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../lib/auth/password';
import type { Prisma } from '../../lib/generated/prisma/client';

/** Default demo password, documented in the README. Demo accounts exist only in demo data. */
export const DEFAULT_DEMO_PASSWORD = 'welcome-demo-2026';

export const DEMO_ACCOUNTS = [
  { email: 'admin@demo.welcome-desk.example', name: 'Ana Admin (demo)', role: 'admin' as const },
  { email: 'liaison@demo.welcome-desk.example', name: 'Luis Liaison (demo)', role: 'staff' as const },
  { email: 'partner@demo.welcome-desk.example', name: 'Priya Partner (demo)', role: 'partner' as const },
];

export async function seedDemoAccounts(tx: Prisma.TransactionClient, partnerOrganizationId: string | null) {
  const passwordHash = await hashPassword(process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    const userId = randomUUID();
    await tx.user.create({
      data: {
        id: userId,
        email: account.email,
        name: account.name,
        role: account.role,
        emailVerified: true,
        organizationId: account.role === 'partner' ? partnerOrganizationId : null,
        accounts: { create: { id: randomUUID(), accountId: userId, providerId: 'credential', password: passwordHash } },
      },
    });
  }
}
