import type { Actor, Role } from '../../../lib/auth/actor';
import type { Db } from '../../../lib/db-client';

/** The demo account of a role, as the session would hand it to lib/data. */
export async function demoActor(db: Db, role: Role): Promise<Actor> {
  const user = await db.user.findFirstOrThrow({ where: { role, email: { endsWith: '@demo.welcome-desk.example' } } });
  return { userId: user.id, email: user.email, name: user.name, role: user.role, organizationId: user.organizationId };
}
