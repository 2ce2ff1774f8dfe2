import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Actor, type AdminRole, can, setRole, type TargetUser, validateRoles } from '../../src/index.js';
import { actorArb, adminRoleArb, exclusiveRoleOrNoneArb, targetUserArb } from '../arbitraries.js';

const EXCLUSIVE: readonly AdminRole[] = ['full_admin', 'service_admin', 'read_only_admin'];

/**
 * DOMAIN §2.1–§2.2 and the kit decision, restated independently of the implementation: may this
 * actor give (assign) or take (revoke) this role to or from this user?
 */
function domainAllows(
  actor: Actor,
  change: 'assign_role' | 'revoke_role',
  role: AdminRole,
  user: TargetUser,
): boolean {
  const { role: actorRole, relation } = actor;
  // Only full admins (without a Standard license) and service admins, where they can be held.
  const actorValid =
    (actorRole === 'full_admin' && !actor.licenses.includes('cc_standard')) ||
    (actorRole === 'service_admin' && relation !== 'partner');
  if (!actorValid) return false;
  if (role === 'service_admin') {
    // Table 2: everyone to customer or external users, except the external service admin.
    const targets =
      actorRole === 'service_admin' && relation === 'external' ? ['customer'] : ['customer', 'external'];
    if (!targets.includes(user.relation)) return false;
    // "Always, whoever assigns" (the recipient of a grant).
    const external = user.relation === 'external';
    if (
      change === 'assign_role' &&
      external &&
      (user.orgHasContactCenter || user.orgIsPartnerWithProvisioningAccess)
    ) {
      return false;
    }
    return true;
  }
  if (role === 'full_admin' || role === 'read_only_admin') {
    // Kit decision: full admins, for customer-org users; the last full admin stays. Decision
    // 0006: a full admin also takes these roles away from external users.
    if (actorRole !== 'full_admin') return false;
    if (user.relation === 'external' && change === 'revoke_role') return true;
    if (user.relation !== 'customer') return false;
    return !(change === 'revoke_role' && role === 'full_admin' && user.isLastFullAdmin);
  }
  return false; // the provisioning admin role is never given in the customer org
}

describe('role assignment invariants', () => {
  it('can() allows a role change exactly when DOMAIN §2.2 (and the kit decision) allows it', () => {
    fc.assert(
      fc.property(
        actorArb,
        targetUserArb,
        adminRoleArb,
        fc.constantFrom('assign_role', 'revoke_role'),
        (actor, user, role, change) => {
          expect(can(actor, change, { role, user }).allowed).toBe(domainAllows(actor, change, role, user));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('a user never holds two exclusive roles after any sequence of setRole operations', () => {
    fc.assert(
      fc.property(
        targetUserArb,
        fc.array(fc.tuple(actorArb, exclusiveRoleOrNoneArb), { maxLength: 30 }),
        (start, operations) => {
          let user = start;
          for (const [actor, newRole] of operations) {
            const result = setRole(actor, user, newRole);
            if (!result.allowed) continue;
            user = { ...user, roles: result.roles };
            expect(user.roles.filter((role) => EXCLUSIVE.includes(role)).length).toBeLessThanOrEqual(1);
            expect(validateRoles(user.roles)).toBeNull();
            // The change happened as asked, and the provisioning role was left alone.
            expect(user.roles.filter((role) => EXCLUSIVE.includes(role))).toEqual(newRole ? [newRole] : []);
            expect(user.roles.includes('provisioning_admin')).toBe(
              start.roles.includes('provisioning_admin'),
            );
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('setRole never performs a change that the revoke or the assignment alone would refuse', () => {
    fc.assert(
      fc.property(actorArb, targetUserArb, exclusiveRoleOrNoneArb, (actor, user, newRole) => {
        const result = setRole(actor, user, newRole);
        const oldRole = user.roles.find((role) => EXCLUSIVE.includes(role)) ?? null;
        if (!result.allowed || oldRole === newRole) return;
        if (oldRole) expect(domainAllows(actor, 'revoke_role', oldRole, user)).toBe(true);
        if (newRole) expect(domainAllows(actor, 'assign_role', newRole, user)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
