import type { Action, AdminRole, OrgRelation } from '../vocabulary.js';

/** One bullet of a cell of DOMAIN §2.1 table 1. */
export const PRIVILEGES = [
  /** "manage every contact-center feature (Control Hub service + management portal)" */
  'manage_features',
  /** "add/remove users of the customer org" */
  'manage_users',
  /** "send activation e-mail" */
  'send_activation_email',
  /** "assign/edit/remove contact-center licenses" */
  'manage_licenses',
  /** "add or revoke the service-admin role of external admins" */
  'grant_service_admin_role',
  /** "may only view the list of other external admins" */
  'view_external_admin_list',
  /** "access the service and the management portal read-only" */
  'read_only_access',
] as const;
export type Privilege = (typeof PRIVILEGES)[number];

/** A cell of table 1: the privileges, or "not applicable (cannot be held)". */
export type PrivilegeCell = readonly Privilege[] | 'not_applicable';

const FULL_ADMIN_OUTSIDE_CUSTOMER: readonly Privilege[] = [
  'manage_features',
  'manage_users',
  'send_activation_email',
  'manage_licenses',
];
const READ_ONLY_OUTSIDE_CUSTOMER: readonly Privilege[] = ['read_only_access'];

/**
 * DOMAIN §2.1, table 1, as written in the seed. Who may assign the service-admin role is decided
 * by table 2 (service-admin-assigners.ts), not by the `grant_service_admin_role` bullets here.
 */
export const PRIVILEGE_MATRIX: Readonly<Record<AdminRole, Readonly<Record<OrgRelation, PrivilegeCell>>>> = {
  full_admin: {
    customer: [
      'manage_features',
      'manage_users',
      'send_activation_email',
      'manage_licenses',
      'grant_service_admin_role',
    ],
    partner: FULL_ADMIN_OUTSIDE_CUSTOMER,
    external: FULL_ADMIN_OUTSIDE_CUSTOMER, // "same as partner org"
  },
  service_admin: {
    customer: ['manage_features', 'send_activation_email', 'manage_licenses', 'grant_service_admin_role'],
    partner: 'not_applicable',
    external: ['manage_features', 'send_activation_email', 'manage_licenses'],
  },
  provisioning_admin: {
    customer: 'not_applicable',
    partner: ['manage_features', 'view_external_admin_list'],
    external: 'not_applicable',
  },
  read_only_admin: {
    // "cannot access the contact-center service in Control Hub nor sign in to the management portal"
    customer: [],
    partner: READ_ONLY_OUTSIDE_CUSTOMER,
    external: READ_ONLY_OUTSIDE_CUSTOMER, // "same as partner org"
  },
};

export function privilegesOf(role: AdminRole, relation: OrgRelation): PrivilegeCell {
  return PRIVILEGE_MATRIX[role][relation];
}

export function isRoleApplicable(role: AdminRole, relation: OrgRelation): boolean {
  return privilegesOf(role, relation) !== 'not_applicable';
}

/** Actions decided by privileges alone; the others have rules of their own in can.ts. */
export type PrivilegedAction = Exclude<
  Action,
  | 'assign_role'
  | 'revoke_role'
  | 'add_external_admin'
  | 'view_admin'
  | 'open_setup_wizard'
  | 'start_trial'
  | 'map_order'
  | 'manage_wholesale'
>;

/** Which privileges (any one of them) an action needs: how table 1's bullets map to actions. */
export const ACTION_PRIVILEGES: Readonly<Record<PrivilegedAction, readonly Privilege[]>> = {
  view_service: ['manage_features', 'read_only_access'],
  manage_service: ['manage_features'],
  add_user: ['manage_users'],
  remove_user: ['manage_users'],
  activate_user: ['manage_users'],
  // Seed 001: a service admin opens an admin's row and updates "user details, licenses, admin
  // roles", though it adds, deletes, activates and deactivates no user (decision 0026).
  edit_user_details: ['manage_users', 'manage_licenses'],
  send_activation_email: ['send_activation_email'],
  edit_licenses: ['manage_licenses'],
  // The CSV template only sets the two license columns (DOMAIN §2.3): it is license editing.
  import_users_csv: ['manage_licenses'],
  // §2.3: the service admin views all users (to edit their licenses); read-only admins view too.
  view_users: ['manage_users', 'manage_licenses', 'read_only_access'],
  view_external_admins: ['manage_users', 'manage_licenses', 'view_external_admin_list', 'read_only_access'],
};

/** Actions that only read; a read-only admin is refused every other one with `read_only`. */
export const READ_ACTIONS: readonly Action[] = [
  'view_service',
  'view_users',
  'view_admin',
  'view_external_admins',
];

/** Users are managed only by holders of `manage_users`; others get a reason that says so. */
export const USER_MANAGEMENT_ACTIONS: readonly Action[] = ['add_user', 'remove_user', 'activate_user'];

/** Actions on a user that only a user of the customer org can be the object of (table 1). */
export const CUSTOMER_USER_ACTIONS: readonly Action[] = [...USER_MANAGEMENT_ACTIONS, 'edit_user_details'];
