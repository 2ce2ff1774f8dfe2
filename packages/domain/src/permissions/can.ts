import { ALLOWED, type Decision, deny } from '../decision.js';
import { ACTIONS, type Action, type AdminRole, type OrgRelation } from '../vocabulary.js';
import { type RoleHolder, serviceAccessDenial, standingCheck, standingOf } from './actor-standing.js';
import type { Actor, TargetUser } from './actors.js';
import { privilegedDecision } from './privileged-actions.js';
import { roleChangeDecision } from './role-assignment.js';
import { serviceAdminTargetsFor } from './service-admin-assigners.js';
import { adminVisibility } from './visibility.js';

/** What an action is about: the user acted upon and, for role changes, the role. */
export interface ActionTarget {
  readonly user?: TargetUser;
  readonly role?: AdminRole;
}

export type PartnerAction = 'start_trial' | 'map_order' | 'manage_wholesale';

/**
 * Partner-org roles that may perform partner actions. Decision: the provisioning admin manages
 * wholesale customers (provisioning is that role's job) but neither starts trials nor maps
 * orders, which are sales acts of the partner's full admins (DOMAIN §1.1).
 */
export const PARTNER_ACTION_ROLES: Readonly<Record<PartnerAction, readonly AdminRole[]>> = {
  start_trial: ['full_admin'],
  map_order: ['full_admin'],
  manage_wholesale: ['full_admin', 'provisioning_admin'],
};

/**
 * Who opens the services setup wizard (DOMAIN §1.1 "a partner admin or customer admin", §2.3 not
 * the service admin, 0003 not read-only admins nor externals). Decision: the partner's
 * provisioning ("setup") admin opens it too, since setting up services is what that role is for.
 */
export const SETUP_WIZARD_OPENERS: Readonly<Record<OrgRelation, readonly AdminRole[]>> = {
  customer: ['full_admin'],
  partner: ['full_admin', 'provisioning_admin'],
  external: [],
};

/**
 * May `actor` perform `action` (on `target`)? Every refusal names its rule. Without a target,
 * the answer is whether the actor may perform the action at all (what a UI needs for a button).
 * `assign_role` checks the authority to give a role; to change a user's role use `setRole`, which
 * also revokes the exclusive role the user held.
 */
export function can(actor: Actor, action: Action, target: ActionTarget = {}): Decision {
  if (isPartnerAction(action)) return canPartnerAction(actor, action);
  const standing = standingOf(actor);
  if ('denied' in standing) return standing.denied;
  const { holder } = standing;
  const noAccess = serviceAccessDenial(holder);
  if (noAccess) return noAccess;
  switch (action) {
    case 'open_setup_wizard':
      return SETUP_WIZARD_OPENERS[holder.relation].includes(holder.role)
        ? ALLOWED
        : deny('setup_wizard_not_allowed');
    case 'assign_role':
    case 'revoke_role':
      return roleChangeDecision(holder, action, target.role, target.user);
    case 'add_external_admin':
      return addExternalAdminDecision(holder);
    case 'view_admin':
      return target.user ? adminVisibility(actor, target.user) : ALLOWED;
    default:
      return privilegedDecision(holder, action, target.user);
  }
}

/**
 * `can(actor, action)` for a partner action (trials, order mapping, wholesale provisioning), on its
 * own: code that needs only this answer (a widget's "may change the billing address") does not pull
 * the other rules of `can` into its bundle.
 */
export function canPartnerAction(actor: Actor, action: PartnerAction): Decision {
  const standing = standingOf(actor);
  return 'denied' in standing ? standing.denied : partnerActionDecision(standing.holder, action);
}

/**
 * `canPartnerAction(actor, action).allowed`, without building the refusal: a bundle that needs
 * only the answer (a widget's "may change the billing address") carries no English messages.
 */
export function mayPartnerAction(actor: Actor, action: PartnerAction): boolean {
  const standing = standingCheck(actor);
  return 'holder' in standing && partnerActionAllowed(standing.holder, action);
}

const partnerActionAllowed = (holder: RoleHolder, action: PartnerAction): boolean =>
  holder.relation === 'partner' && PARTNER_ACTION_ROLES[action].includes(holder.role);

/**
 * "Add external admin" (DOMAIN §2.3) gives the service-admin role to a user of another org. Table 2
 * lets an external service admin give it only to customer-org users, and §2.2 says so again: "can
 * not add another external service admin". Answered on its own so `/permissions` can say it.
 */
function addExternalAdminDecision(holder: RoleHolder): Decision {
  const assign = roleChangeDecision(holder, 'assign_role', 'service_admin');
  if (!assign.allowed) return assign;
  return serviceAdminTargetsFor(holder.role, holder.relation).includes('external')
    ? ALLOWED
    : deny('external_service_admin_customer_users_only');
}

function isPartnerAction(action: Action): action is PartnerAction {
  return action in PARTNER_ACTION_ROLES;
}

function partnerActionDecision(holder: RoleHolder, action: PartnerAction): Decision {
  if (holder.relation !== 'partner') return deny('partner_only');
  if (partnerActionAllowed(holder, action)) return ALLOWED;
  if (holder.role === 'read_only_admin') return deny('read_only');
  const roles = PARTNER_ACTION_ROLES[action].map((role) => role.replace(/_/g, ' ')).join(' or ');
  return deny('insufficient_role', `Only a ${roles} of the partner organization may do this.`);
}

/** Every action with its decision: the `/permissions` answer, and what widgets disable and why. */
export function effectivePermissions(actor: Actor): Record<Action, Decision> {
  return Object.fromEntries(ACTIONS.map((action) => [action, can(actor, action)])) as Record<
    Action,
    Decision
  >;
}
