import { describe, expect, it } from 'vitest';
import { assertRole, ForbiddenError, isStaff, type Actor } from './actor';

const partner: Actor = { userId: 'u1', email: 'p@example.org', name: 'P', role: 'partner', organizationId: 'o1' };

describe('assertRole', () => {
  it('refuses no actor and the wrong role, accepts the right one', () => {
    expect(() => assertRole(null, 'staff')).toThrow(ForbiddenError);
    expect(() => assertRole(partner, 'admin', 'staff')).toThrow(ForbiddenError);
    expect(() => assertRole(partner, 'partner')).not.toThrow();
    expect(isStaff(partner)).toBe(false);
    expect(isStaff({ ...partner, role: 'admin' })).toBe(true);
  });
});
