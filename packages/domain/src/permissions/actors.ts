import { type Denied, deny } from '../decision.js';
import {
  type AccountState,
  type AdminRole,
  EXCLUSIVE_ADMIN_ROLES,
  type ExclusiveAdminRole,
  isOneOf,
  type License,
  type OrgRelation,
} from '../vocabulary.js';

/**
 * The signed-in admin, as seen from one customer org. `relation` is the relation of the actor's
 * org to that customer; `role` is the actor's effective role toward it (see `effectiveRole`).
 * For partner-level actions with no customer yet (start a trial), a partner-org user is passed
 * with relation `partner`.
 */
export interface Actor {
  readonly userId: string;
  readonly relation: OrgRelation;
  readonly role: AdminRole | null;
  /** Contact-center licenses the actor holds (zero or one in practice). */
  readonly licenses: readonly License[];
  /**
   * Whether the actor's account may use Control Hub at all (decision 0028). Absent means `active`:
   * callers that know the account (the mock's sign-in) always pass it.
   */
  readonly account?: AccountState;
}

/**
 * A user acted upon (role change, removal, visibility). Unlike the actor it carries every role
 * stored for the user on this customer org, because role changes read and rewrite that list.
 */
export interface TargetUser {
  readonly userId: string;
  readonly relation: OrgRelation;
  readonly roles: readonly AdminRole[];
  /** The user's own org has the contact-center service enabled (meaningful for external users). */
  readonly orgHasContactCenter: boolean;
  /** The user's own org is a partner org with provisioning access to this customer. */
  readonly orgIsPartnerWithProvisioningAccess: boolean;
  /** This user is the only full admin of the customer org (removing them leaves it without owner). */
  readonly isLastFullAdmin: boolean;
}

/** Highest first: a partner user who is both full and provisioning admin acts as full admin. */
const ROLE_PRECEDENCE: readonly AdminRole[] = [
  'full_admin',
  'service_admin',
  'provisioning_admin',
  'read_only_admin',
];

/** The one role a user acts with toward a customer, from the roles stored for them. */
export function effectiveRole(roles: readonly AdminRole[]): AdminRole | null {
  return ROLE_PRECEDENCE.find((role) => roles.includes(role)) ?? null;
}

export function isExclusiveRole(role: AdminRole): role is ExclusiveAdminRole {
  return isOneOf(EXCLUSIVE_ADMIN_ROLES, role);
}

/** The exclusive role a user holds, if any (assumes valid roles; see `validateRoles`). */
export function exclusiveRoleOf(roles: readonly AdminRole[]): ExclusiveAdminRole | null {
  return roles.find(isExclusiveRole) ?? null;
}

/** The roles with the exclusive one replaced by `role` (or removed, for `null`). */
export function withExclusiveRole(
  roles: readonly AdminRole[],
  role: ExclusiveAdminRole | null,
): readonly AdminRole[] {
  const kept = roles.filter((held) => !isExclusiveRole(held));
  return role === null ? kept : [...kept, role];
}

/** Validation of raw data (seed files, imports): at most one exclusive role per user. */
export function validateRoles(roles: readonly AdminRole[]): Denied | null {
  const exclusive = roles.filter(isExclusiveRole);
  if (new Set(exclusive).size > 1) return deny('role_exclusive');
  return null;
}

export function holdsStandardLicense(actor: Actor): boolean {
  return actor.licenses.includes('cc_standard');
}
