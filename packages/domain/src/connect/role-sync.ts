import type { Actor } from '../permissions/actors.js';
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
