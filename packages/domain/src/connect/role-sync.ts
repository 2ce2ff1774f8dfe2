import { deny } from '../decision.js';
import type { Actor, TargetUser } from '../permissions/actors.js';
import { type SetRoleResult, setRole } from '../permissions/set-role.js';
import type { AdminRole, ConnectRole, OrgRelation } from '../vocabulary.js';

/** DOMAIN §1.4, first table: Control Hub right of a customer admin → role given in Connect. */
export const CONTROL_HUB_TO_CONNECT: Readonly<Partial<Record<AdminRole, ConnectRole>>> = {
  full_admin: 'tenant_owner',
  service_admin: 'tenant_owner',
  read_only_admin: 'read_only',
};

/** DOMAIN §1.4, second table: Connect right → role given in Control Hub (customer org). */
export const CONNECT_TO_CONTROL_HUB: Readonly<Record<ConnectRole, AdminRole>> = {
  read_only: 'read_only_admin',
  limited: 'read_only_admin',
  all_access: 'full_admin',
  tenant_owner: 'full_admin',
  restricted_access: 'read_only_admin',
};

/**
 * The Connect role a Control Hub admin gets, or `null` when none is synchronized: the tables
 * are about customer admins only, so partner and external admins get none.
 */
export function connectRoleFor(
  role: AdminRole | null,
  relation: OrgRelation = 'customer',
): ConnectRole | null {
  if (role === null || relation !== 'customer') return null;
  return CONTROL_HUB_TO_CONNECT[role] ?? null;
}

/** The customer-org Control Hub role of a user added or changed in Connect. */
export function controlHubRoleFor(connectRole: ConnectRole): AdminRole {
  return CONNECT_TO_CONTROL_HUB[connectRole];
}

/** "Partner admins have no access to Webex Engage"; customer admins have it through their Connect role. */
export function hasWebexEngageAccess(actor: Pick<Actor, 'role' | 'relation'>): boolean {
  return connectRoleFor(actor.role, actor.relation) !== null;
}

/**
 * A role set in Webex Connect for an admin, synchronised to Control Hub (DOMAIN §1.4, second
 * table). It changes the user's Control Hub role, so it follows the Control Hub rules for that
 * change (`setRole`: who may give the role, the last full admin stays): one rule, decision 0027.
 * Only customer-org admins are synchronised; partner admins use Connect through the partner.
 */
export function connectRoleChange(actor: Actor, user: TargetUser, connectRole: ConnectRole): SetRoleResult {
  if (user.relation !== 'customer')
    return deny(
      'role_not_applicable',
      'Connect roles are synchronised for admins of the customer organization only (DOMAIN §1.4).',
    );
  return setRole(actor, user, controlHubRoleFor(connectRole));
}

/** How an admin reaches Webex Connect once it is provisioned (seed 000, "Подготовка … Connect"). */
export type ConnectAccess = 'immediate' | 'after_activation' | 'none';

/**
 * "All partners and customer admins can start using Connect right away": a partner admin at once;
 * a customer admin through their synchronised Connect role, once the Connect e-mail's first
 * sign-in activated it (the 7-business-day window of activation-window.ts). Others: none.
 */
export function connectAccessOf(admin: Pick<Actor, 'role' | 'relation'>): ConnectAccess {
  if (admin.role === null) return 'none';
  if (admin.relation === 'partner') return 'immediate';
  return connectRoleFor(admin.role, admin.relation) === null ? 'none' : 'after_activation';
}
