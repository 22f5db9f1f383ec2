// Who is acting, as every lib/data write and staff read receives it. Server actions get
// it from the session (lib/auth/session.ts) and pass it down; lib/data functions check it
// themselves, so that authorization never depends on which page called them.

export type Role = 'admin' | 'staff' | 'partner';

export type Actor = {
  userId: string;
  email: string;
  name: string;
  role: Role;
  /** Partners only: the one organization they belong to. */
  organizationId: string | null;
};

/** Thrown by lib/data when an actor may not do something. Pages map it to 403. */
export class ForbiddenError extends Error {
  constructor(message = 'forbidden') {
    super(message);
    this.name = 'ForbiddenError';
  }
}

/** Narrows to an actor with one of the roles, or throws ForbiddenError. */
export function assertRole(actor: Actor | null | undefined, ...roles: Role[]): asserts actor is Actor {
  if (!actor || !roles.includes(actor.role)) throw new ForbiddenError(`requires ${roles.join(' or ')}`);
}

export const isStaff = (actor: Actor | null | undefined) => actor?.role === 'admin' || actor?.role === 'staff';
