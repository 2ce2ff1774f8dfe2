import { ALLOWED, type Decision, deny } from '../decision.js';
import type { AdminRole } from '../vocabulary.js';
import { serviceAccessDenial, standingOf } from './actor-standing.js';
import { type Actor, effectiveRole, type TargetUser } from './actors.js';
import { privilegedDecision } from './privileged-actions.js';

/** What the visibility rules read of a listed user. */
export type ListedUser = Pick<TargetUser, 'relation' | 'roles'>;

/** Which admins each role sees in the admin list. */
export type AdminVisibilityRule = 'all_admins' | 'service_admins_only' | 'external_admins_only';

export const ADMIN_VISIBILITY: Readonly<Record<AdminRole, AdminVisibilityRule>> = {
  full_admin: 'all_admins',
  // §2.3: "in the admin list only other service admins are visible". For an external service
  // admin this is also §2.2's "cannot see external admins whose role is anything other than
  // service admin".
  service_admin: 'service_admins_only',
  // Table 1: "may only view the list of other external admins" (partner and external users).
  provisioning_admin: 'external_admins_only',
  // Partner and external read-only admins see, read-only, what a full admin sees; the
  // customer-org one has no access at all (refused before this table is read).
  read_only_admin: 'all_admins',
};

/** May the actor see this user in the users or admins list? */
export function adminVisibility(actor: Actor, user: ListedUser): Decision {
  const standing = standingOf(actor);
  if ('denied' in standing) return standing.denied;
  const noAccess = serviceAccessDenial(standing.holder);
  if (noAccess) return noAccess;
  const userRole = effectiveRole(user.roles);
  // A user without admin role is visible to whoever may view the users of the org.
  if (userRole === null) return privilegedDecision(standing.holder, 'view_users');
  switch (ADMIN_VISIBILITY[standing.holder.role]) {
    case 'all_admins':
      return ALLOWED;
    case 'service_admins_only':
      return userRole === 'service_admin'
        ? ALLOWED
        : deny(
            'insufficient_role',
            'A service admin sees only other service admins among the admins (DOMAIN §2.3).',
          );
    case 'external_admins_only':
      return user.relation !== 'customer'
        ? ALLOWED
        : deny(
            'insufficient_role',
            'A provisioning admin sees only the list of external admins (DOMAIN §2.1).',
          );
  }
}

export function canSee(actor: Actor, user: ListedUser): boolean {
  return adminVisibility(actor, user).allowed;
}

/** The part of a users or admins list this actor may see, in the same order. */
export function visibleAdmins<T extends ListedUser>(actor: Actor, users: readonly T[]): T[] {
  return users.filter((user) => canSee(actor, user));
}
