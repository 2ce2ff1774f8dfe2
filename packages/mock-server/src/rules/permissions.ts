import type { StoredActor } from '../store/types.js';

/**
 * Who may call wholesale operations (DOMAIN §3; the contract's "Actors" lines): admins of the
 * partner org; read-only admins may only read; provisioning and full admins may change.
 */
export type WholesaleDecision =
  | { allowed: true }
  | { allowed: false; reason: 'partner_only' | 'read_only' | 'insufficient_role'; message: string };

export function wholesaleDecision(actor: StoredActor, change: boolean): WholesaleDecision {
  if (actor.orgKind !== 'partner') {
    return {
      allowed: false,
      reason: 'partner_only',
      message: 'Wholesale provisioning is an action of the partner organization (DOMAIN §3).',
    };
  }
  if (actor.role === 'read_only_admin') {
    return change
      ? {
          allowed: false,
          reason: 'read_only',
          message: 'Read-only admins can view wholesale customers but cannot change anything.',
        }
      : { allowed: true };
  }
  if (actor.role === 'full_admin' || actor.role === 'provisioning_admin') return { allowed: true };
  return {
    allowed: false,
    reason: 'insufficient_role',
    message: 'Only full admins and provisioning admins of the partner org manage wholesale customers.',
  };
}
