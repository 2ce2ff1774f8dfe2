import { ALLOWED, type Decision, type Denied } from '../decision.js';
import { EXCLUSIVE_ADMIN_ROLES, type ExclusiveAdminRole } from '../vocabulary.js';
import { type Actor, exclusiveRoleOf, type TargetUser, validateRoles, withExclusiveRole } from './actors.js';
import { can } from './can.js';

export type SetRoleResult = { readonly allowed: true; readonly roles: TargetUser['roles'] } | Denied;

/**
 * Change a user's exclusive role (full, service or read-only admin), or remove it with `null`.
 * A change is a revoke of the old role and an assignment of the new one, and both are checked:
 * a service admin cannot turn a full admin into a service admin, and the last full admin stays.
 */
export function setRole(actor: Actor, user: TargetUser, newRole: ExclusiveAdminRole | null): SetRoleResult {
  const invalid = validateRoles(user.roles);
  if (invalid) return invalid;
  const oldRole = exclusiveRoleOf(user.roles);
  if (oldRole === newRole) return { allowed: true, roles: user.roles };
  if (oldRole !== null) {
    const revoke = can(actor, 'revoke_role', { user, role: oldRole });
    if (!revoke.allowed) return revoke;
  }
  if (newRole !== null) {
    const assign = can(actor, 'assign_role', { user, role: newRole });
    if (!assign.allowed) return assign;
  }
  return { allowed: true, roles: withExclusiveRole(user.roles, newRole) };
}

/** For a role picker: each choice (no role, or one exclusive role) with whether it may be chosen. */
export function roleChoicesFor(
  actor: Actor,
  user: TargetUser,
): ReadonlyArray<{ readonly role: ExclusiveAdminRole | null; readonly decision: Decision }> {
  return [null, ...EXCLUSIVE_ADMIN_ROLES].map((role) => {
    const result = setRole(actor, user, role);
    return { role, decision: result.allowed ? ALLOWED : result };
  });
}
