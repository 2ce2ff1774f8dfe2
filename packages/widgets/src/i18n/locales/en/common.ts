import { plural } from '../../plural.js';

// Shared by every component that talks to the service: states, errors, refusals.
const messages = {
  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.close': 'Close',
  'common.cancel': 'Cancel',
  'common.error': 'Something went wrong.',
  'common.errorWithTracking': (p: { trackingId: string }) =>
    `Something went wrong. Reference: ${p.trackingId}.`,
  'common.offline': 'The service could not be reached. Check your connection and try again.',
  'common.forbidden': 'The service refused this action to the signed-in admin.',
  // Why the rules refuse an action (the contract's DenialReason): every widget words a 403 with it.
  'reason.no_relation': 'Your organization has no relation to this customer organization.',
  'reason.role_not_applicable': 'This admin role cannot be held by a user of this organization.',
  'reason.read_only': 'Read-only admins can view but cannot change anything.',
  'reason.read_only_no_service_access':
    'A read-only admin of the customer organization has no access to the contact-center service.',
  'reason.standard_license_agent_only':
    'A full admin with a Contact Center Standard license can only sign in to Agent Desktop.',
  'reason.user_management_not_allowed':
    'Service admins and provisioning admins cannot add, remove, activate or deactivate users.',
  'reason.insufficient_role': 'Your admin role does not allow this.',
  'reason.service_admin_assigns_only_service_admin':
    'A contact-center service admin can assign or revoke only the service-admin role.',
  'reason.external_service_admin_customer_users_only':
    'An external service admin can give the service-admin role only to users of the customer organization.',
  'reason.target_org_has_contact_center': "The user's organization already has the contact-center service.",
  'reason.target_partner_has_provisioning_access':
    "The user's organization is a partner with provisioning access to this customer.",
  'reason.role_exclusive': 'A user can hold only one of full admin, service admin and read-only admin.',
  'reason.last_full_admin': 'The last full admin of the organization cannot lose the role.',
  'reason.admin_package_downgrade': "The package of the customer's full admin cannot be downgraded.",
  'reason.setup_wizard_not_allowed': 'Only full admins and partner provisioning admins set up services.',
  'reason.partner_only': 'Only partner-organization admins can do this.',
  'reason.account_not_activated':
    'Your account is not active yet: finish the welcome e-mail (Get started, password, terms of service) first.',
  'reason.account_deactivated': 'Your account has been deactivated.',
  // The days left of a trial.
  'trial.daysLeft': (p: { count: number }) =>
    plural('en', p.count, { one: '# day left', other: '# days left' }),
  // Contact-center license names (the role editor, the wizard, the panel).
  'license.cc_standard': 'Webex Contact Center Standard',
  'license.cc_premium': 'Webex Contact Center Premium',
  // The tier alone, where a column heading already says which product (the role editor's list).
  'license.tier.cc_standard': 'Standard',
  'license.tier.cc_premium': 'Premium',
  // What a 429 says: when the user may try again (the server's Retry-After, in whole seconds).
  'rateLimit.tooMany': 'Too many requests. Wait a moment, then try again.',
  'rateLimit.waitFor': (p: { seconds: number }) =>
    plural('en', p.seconds, {
      one: 'Too many requests; you can try again in # second.',
      other: 'Too many requests; you can try again in # seconds.',
    }),
} as const;

export default messages;
