import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Actor, Role } from '@/lib/auth/actor';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from '@/lib/auth/cookie';
import { hashToken, newToken } from '@/lib/auth/tokens';
import { db } from '@/lib/db';

// Server-side sessions. The cookie holds a random token; the Session row holds only its
// SHA-256. `expiresAt` is the absolute limit (12 h after sign-in); `updatedAt` is the last
// request, and a session idle for more than 2 h is over. IP addresses are never stored.

/** A new session for a user who just proved who they are. Returns the cookie value. */
export async function createSession(userId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
  await db.session.create({
    data: { id: randomUUID(), token: hashToken(token), userId, expiresAt, createdAt: now, updatedAt: now },
  });
  return { token, expiresAt };
}

const TOUCH_AFTER_MS = 60_000;

/** The actor behind a session token, or null when the session is unknown, expired, idle too long or the user disabled. */
export async function findActorBySessionToken(token: string, now = new Date()): Promise<Actor | null> {
  if (!token || token.length > 200) return null;
  const session = await db.session.findUnique({
    where: { token: hashToken(token) },
    select: {
      id: true,
      expiresAt: true,
      updatedAt: true,
      user: { select: { id: true, email: true, name: true, role: true, organizationId: true, disabledAt: true } },
    },
  });
  if (!session) return null;
  const idleSince = now.getTime() - session.updatedAt.getTime();
  if (session.expiresAt <= now || idleSince > SESSION_IDLE_MS || session.user.disabledAt) {
    await db.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  if (idleSince > TOUCH_AFTER_MS) await db.session.update({ where: { id: session.id }, data: { updatedAt: now } });
  const { user } = session;
  return { userId: user.id, email: user.email, name: user.name, role: user.role as Role, organizationId: user.organizationId };
}

export async function deleteSessionByToken(token: string): Promise<void> {
  await db.session.deleteMany({ where: { token: hashToken(token) } });
}

/** Signs a user out on every device. */
export async function deleteAllSessionsOfUser(userId: string): Promise<number> {
  const { count } = await db.session.deleteMany({ where: { userId } });
  return count;
}
