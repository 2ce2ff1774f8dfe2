import { ALLOWED, type Decision, type Denied, deny } from '../decision.js';
import type { Action } from '../vocabulary.js';
import type { RoleHolder } from './actor-standing.js';
import type { TargetUser } from './actors.js';
import {
  ACTION_PRIVILEGES,
  CUSTOMER_USER_ACTIONS,
  type Privilege,
  type PrivilegedAction,
  privilegesOf,
  READ_ACTIONS,
  USER_MANAGEMENT_ACTIONS,
} from './privilege-matrix.js';

/** An action decided by table 1's privileges, then by the rules about the user acted upon. */
export function privilegedDecision(
  holder: RoleHolder,
  action: PrivilegedAction,
  user?: TargetUser,
): Decision {
  const cell = privilegesOf(holder.role, holder.relation);
  const privileges: readonly Privilege[] = cell === 'not_applicable' ? [] : cell;
  const needed = ACTION_PRIVILEGES[action];
  if (!needed.some((privilege) => privileges.includes(privilege))) {
    return lackingPrivilege(holder, action, privileges);
  }
  return user === undefined ? ALLOWED : targetUserDecision(action, user);
}

function lackingPrivilege(holder: RoleHolder, action: Action, privileges: readonly Privilege[]): Denied {
  if (privileges.includes('read_only_access') && !READ_ACTIONS.includes(action)) return deny('read_only');
  if (USER_MANAGEMENT_ACTIONS.includes(action)) return deny('user_management_not_allowed');
  return deny(
    'insufficient_role',
    `A ${holder.relation}-org ${roleLabel(holder)} cannot ${ACTION_LABELS[action]} (DOMAIN §2.1).`,
  );
}

/** Rules about the user acted upon, once the actor's role allows the action. */
function targetUserDecision(action: Action, user: TargetUser): Decision {
  if (CUSTOMER_USER_ACTIONS.includes(action) && user.relation !== 'customer') {
    // Table 1 grants "add/remove users of the customer org"; external admins lose a role instead,
    // and their details belong to their own org.
    return deny(
      'insufficient_role',
      'Only users of the customer organization are added, removed, activated, deactivated or edited here; revoke the role of an external admin instead (DOMAIN §2.1).',
    );
  }
  if (action === 'remove_user' && user.isLastFullAdmin) return deny('last_full_admin');
  return ALLOWED;
}

function roleLabel(holder: RoleHolder): string {
  return holder.role.replace(/_/g, ' ');
}

/** What each action does, in English, for messages. */
export const ACTION_LABELS: Readonly<Record<Action, string>> = {
  view_service: 'view the contact-center service',
  manage_service: 'change contact-center features',
  add_user: 'add users',
  remove_user: 'remove users',
  activate_user: 'activate or deactivate users',
  edit_user_details: "edit users' details",
  send_activation_email: 'send activation e-mails',
  edit_licenses: 'edit contact-center licenses',
  assign_role: 'assign admin roles',
  revoke_role: 'revoke admin roles',
  add_external_admin: 'add an external admin',
  view_users: 'view the users of the organization',
  view_admin: 'see this admin',
  view_external_admins: 'view the external admins',
  import_users_csv: 'import users from a CSV file',
  open_setup_wizard: 'open the services setup wizard',
  start_trial: 'start a trial',
  map_order: 'map an order to a customer',
  manage_wholesale: 'provision wholesale customers',
};
