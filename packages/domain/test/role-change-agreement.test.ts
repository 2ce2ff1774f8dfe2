import { describe, expect, it } from 'vitest';
import {
  type Actor,
  type AdminRole,
  can,
  exclusiveRoleOf,
  roleChoicesFor,
  setRole,
  type TargetUser,
} from '../src/index.js';
import { isRoleApplicable } from '../src/permissions/privilege-matrix.js';
import { ADMIN_ROLES, EXCLUSIVE_ADMIN_ROLES, ORG_RELATIONS } from '../src/vocabulary.js';

// Issue 17: the role picker (`roleChoicesFor`, GET .../roleOptions) and the change itself
// (`setRole`, PUT .../adminRole) must agree for every actor × target × role. Every combination,
// not a sample: 30 actors × 192 targets × 5 roles.
const actors: Actor[] = [null, ...ADMIN_ROLES].flatMap((role) =>
  ORG_RELATIONS.flatMap((relation) =>
    [[], ['cc_standard'] as const].map((licenses) => ({ userId: 'actor', role, relation, licenses })),
  ),
);
const flags = [false, true];
const targets: TargetUser[] = ORG_RELATIONS.flatMap((relation) =>
  [null, ...EXCLUSIVE_ADMIN_ROLES].flatMap((exclusive) =>
    flags.flatMap((provisioning) =>
      flags.flatMap((orgHasContactCenter) =>
        flags.flatMap((orgIsPartnerWithProvisioningAccess) =>
          flags.map((isLastFullAdmin) => ({
            userId: 'target',
            relation,
            roles: [
              ...(provisioning ? (['provisioning_admin'] as const) : []),
              ...(exclusive ? [exclusive] : []),
            ],
            orgHasContactCenter,
            orgIsPartnerWithProvisioningAccess,
            isLastFullAdmin,
          })),
        ),
      ),
    ),
  ),
);
const newRoles: Array<AdminRole | null> = [null, ...ADMIN_ROLES];

function* everyCase() {
  for (const actor of actors)
    for (const user of targets) for (const role of newRoles) yield { actor, user, role };
}

describe('role options and role change: one rule (exhaustive)', () => {
  it('covers every combination', () => {
    expect([...everyCase()]).toHaveLength(30 * 192 * 5);
  });

  it('each offered choice is exactly the answer of the change, reason and message included', () => {
    for (const actor of actors)
      for (const user of targets)
        for (const { role, decision } of roleChoicesFor(actor, user)) {
          const result = setRole(actor, user, role);
          expect(decision).toEqual(
            result.allowed
              ? { allowed: true }
              : { allowed: false, reason: result.reason, message: result.message },
          );
        }
  });

  it('an allowed change leaves exactly the new exclusive role and keeps the provisioning role', () => {
    for (const { actor, user, role } of everyCase()) {
      const result = setRole(actor, user, role);
      if (!result.allowed) continue;
      expect(exclusiveRoleOf(result.roles)).toBe(role);
      expect(result.roles.includes('provisioning_admin')).toBe(user.roles.includes('provisioning_admin'));
    }
  });

  it('nothing is allowed, not even the current role, to an actor without the authority to change roles', () => {
    for (const { actor, user, role } of everyCase()) {
      const authority = can(actor, role === null ? 'revoke_role' : 'assign_role');
      if (!authority.allowed) expect(setRole(actor, user, role)).toEqual(authority);
    }
  });

  it('a role the user cannot hold is refused as role_not_applicable, whatever they hold now', () => {
    for (const { actor, user, role } of everyCase()) {
      if (role === null || isRoleApplicable(role, user.relation) || role === 'provisioning_admin') continue;
      if (!can(actor, 'assign_role', { role }).allowed) continue;
      expect(setRole(actor, user, role)).toMatchObject({ allowed: false, reason: 'role_not_applicable' });
    }
  });

  it('the provisioning admin role is never given in a customer org', () => {
    for (const { actor, user } of everyCase())
      expect(setRole(actor, user, 'provisioning_admin').allowed).toBe(false);
  });
});
