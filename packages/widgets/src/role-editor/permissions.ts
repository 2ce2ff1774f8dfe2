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
 * "Add external admin": its own action in the permissions (decision 0006), which is refused to an
 * external service admin (DOMAIN §2.2: "can not add another external service admin").
 */
export function addExternalAdminPermit(permissions: EffectivePermissions | undefined): Permit {
  return permit(permissions, 'add_external_admin');
}
