import type { Action, DenialReason, EffectivePermissions } from '@onramp/contract';

export interface Permit {
  allowed: boolean;
  reason?: DenialReason;
}

/** One action of the actor's effective permissions; refused while they are unknown. */
export function permit(permissions: EffectivePermissions | undefined, action: Action): Permit {
  const found = permissions?.actions.find((entry) => entry.action === action);
  return found ? { allowed: found.allowed, reason: found.reason } : { allowed: false };
}

/**
 * "Add external admin": the actor may assign roles, except an external service admin, who may give
 * the service-admin role only to users of the customer org (DOMAIN §2.2). The permissions answer
 * `assign_role` for the most favourable target, so this one rule is read from relation and role.
 */
export function addExternalAdminPermit(permissions: EffectivePermissions | undefined): Permit {
  const assign = permit(permissions, 'assign_role');
  if (!assign.allowed) return assign;
  if (permissions?.relation === 'external' && permissions.role === 'service_admin')
    return { allowed: false, reason: 'external_service_admin_customer_users_only' };
  return assign;
}
