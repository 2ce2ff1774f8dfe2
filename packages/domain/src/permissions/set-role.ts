import { ALLOWED, type Decision, type Denied, deny } from '../decision.js';
import { type AdminRole, EXCLUSIVE_ADMIN_ROLES, type ExclusiveAdminRole } from '../vocabulary.js';
import {
  type Actor,
  exclusiveRoleOf,
  isExclusiveRole,
  type TargetUser,
  validateRoles,
  withExclusiveRole,
} from './actors.js';
import { can } from './can.js';

export type SetRoleResult = { readonly allowed: true; readonly roles: TargetUser['roles'] } | Denied;

/**
 * Change a user's exclusive role (full, service or read-only admin), or remove it with `null`: the
 * one rule behind both `PUT .../adminRole` and the role picker (`roleChoicesFor`), so that what the
 * picker offers is exactly what the change accepts (decision 0025).
 *
 * 1. The actor must hold the authority to change roles at all (read-only and provisioning admins
 *    do not), even to "change" nothing.
 * 2. A new role must be one the actor may give this user, even the role the user already holds
 *    (a service admin does not re-give the full admin role); a role the user cannot hold answers
 *    `role_not_applicable`, not a refusal about the role they hold now.
 * 3. Setting the role the user already holds then changes nothing.
 * 4. The revoke of the old role is checked: a service admin cannot turn a full admin into a service
 *    admin, and the last full admin stays.
 */
export function setRole(actor: Actor, user: TargetUser, newRole: AdminRole | null): SetRoleResult {
  const authority = can(actor, newRole === null ? 'revoke_role' : 'assign_role');
  if (!authority.allowed) return authority;
  const invalid = validateRoles(user.roles);
  if (invalid) return invalid;
  let role: ExclusiveAdminRole | null = null;
  if (newRole !== null) {
    const assign = can(actor, 'assign_role', { user, role: newRole });
    if (!assign.allowed) return assign;
    // `can` refuses the provisioning role in a customer org, so only exclusive roles get here.
    if (!isExclusiveRole(newRole)) return deny('role_not_applicable');
    role = newRole;
  }
  const oldRole = exclusiveRoleOf(user.roles);
  if (oldRole === role) return { allowed: true, roles: user.roles };
  if (oldRole !== null) {
    const revoke = can(actor, 'revoke_role', { user, role: oldRole });
    if (!revoke.allowed) return revoke;
  }
  return { allowed: true, roles: withExclusiveRole(user.roles, role) };
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
