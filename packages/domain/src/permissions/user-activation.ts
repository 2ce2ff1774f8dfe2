import { type Decision, deny } from '../decision.js';
import type { Actor, TargetUser } from './actors.js';
import { can } from './can.js';

/**
 * Activate (`active: true`) or deactivate a user (DOMAIN §2.1 "add/remove users": full admins of
 * every relation; §2.3: never a service admin). Only users of the customer org. Decision 0026:
 * the org's last active full admin and the actor themself are never deactivated, so that the org
 * keeps an owner and nobody locks themself out.
 */
export function activationDecision(actor: Actor, user: TargetUser, active: boolean): Decision {
  const decision = can(actor, 'activate_user', { user });
  if (!decision.allowed || active) return decision;
  if (user.isLastFullAdmin) return deny('last_full_admin');
  if (user.userId === actor.userId)
    return deny('insufficient_role', 'You cannot deactivate your own account (decision 0026).');
  return decision;
}
