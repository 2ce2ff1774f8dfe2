import type { DenialReason } from './vocabulary.js';

/** The answer of every permission check: a 403 body and a disabled control both read it. */
export type Decision = Allowed | Denied;
export interface Allowed {
  readonly allowed: true;
}
export interface Denied {
  readonly allowed: false;
  readonly reason: DenialReason;
  /** English, names the rule; a UI may show it as the tooltip of a disabled control. */
  readonly message: string;
}

/**
 * The default English message of each denial, naming the rule of DOMAIN.md it comes from.
 * A check that knows more (e.g. which role may do it) passes a more precise message.
 */
export const DENIAL_MESSAGES: Readonly<Record<DenialReason, string>> = {
  account_not_activated:
    'Your account is not active yet: open the welcome e-mail, follow Get started, set a password and accept the terms of service first (DOMAIN §1.1).',
  account_deactivated:
    'Your account has been deactivated by an administrator of your organization (DOMAIN §2.1).',
  no_relation: 'Your organization has no relation to this customer organization (DOMAIN §2).',
  role_not_applicable:
    'This admin role cannot be held by a user of this organization (DOMAIN §2.1, table 1: not applicable).',
  read_only: 'Read-only admins can view the contact-center service but cannot change anything (DOMAIN §2.1).',
  read_only_no_service_access:
    'A read-only admin of the customer organization has no access to the contact-center service (DOMAIN §2.1).',
  standard_license_agent_only:
    'A full admin holding a Contact Center Standard license can only sign in to Agent Desktop (DOMAIN §2.1).',
  user_management_not_allowed:
    'Service admins and provisioning admins cannot add, remove, activate or deactivate users (DOMAIN §2.1, §2.3).',
  insufficient_role: 'Your admin role does not allow this action (DOMAIN §2.1).',
  service_admin_assigns_only_service_admin:
    'A contact-center service admin may assign or revoke only the service-admin role (DOMAIN §2.3).',
  external_service_admin_customer_users_only:
    'An external service admin may give the service-admin role only to users of the customer organization (DOMAIN §2.2, table 2).',
  target_org_has_contact_center:
    'The service-admin role cannot be given to a user of an external organization that has its own contact-center service (DOMAIN §2.2).',
  target_partner_has_provisioning_access:
    'The service-admin role cannot be given to a user of a partner organization with provisioning access to this customer (DOMAIN §2.2).',
  role_exclusive: 'A user can hold only one of full admin, service admin and read-only admin (DOMAIN §2.1).',
  last_full_admin:
    'The last full admin of the customer organization cannot be removed: the organization would have no owner (DOMAIN §2.2).',
  admin_package_downgrade: "The package of the customer's full admin cannot be downgraded (DOMAIN §3).",
  setup_wizard_not_allowed:
    'Only full admins of the customer or partner organization and partner provisioning admins open the services setup wizard (DOMAIN §1.1, §2.3).',
  partner_only:
    'Trials, order mapping and wholesale provisioning are actions of the partner organization (DOMAIN §1.1, §3).',
  chat_requires_customer_admin:
    'With chat services, "Set up Webex Contact Center" must be performed by an admin of the customer organization, not the partner (DOMAIN §1.2).',
};

export const ALLOWED: Allowed = Object.freeze({ allowed: true });

export function deny(reason: DenialReason, message: string = DENIAL_MESSAGES[reason]): Denied {
  return { allowed: false, reason, message };
}
