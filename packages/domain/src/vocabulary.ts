// The shared vocabulary (decisions/0003-domain-vocabulary.md). Every enum is an `as const` array,
// so that code can iterate over it (dropdowns, exhaustive tests) and the type is derived from it.
// Values are the wire values of the contract: change them only together with openapi.yaml.

/** A type guard for any of the vocabulary arrays below (for parsing untrusted input). */
export function isOneOf<const T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

// --- Organizations and actors (DOMAIN §2) ---------------------------------------------------

export const ORG_KINDS = ['partner', 'customer', 'external'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

/** The relation of a user's org to one customer org. */
export const ORG_RELATIONS = ['customer', 'partner', 'external'] as const;
export type OrgRelation = (typeof ORG_RELATIONS)[number];

/** "No admin role" is `null`, never a member of this list. */
export const ADMIN_ROLES = ['full_admin', 'service_admin', 'provisioning_admin', 'read_only_admin'] as const;
export type AdminRole = (typeof ADMIN_ROLES)[number];

/** A user holds at most one of these (DOMAIN §2.1, last bullet). */
export const EXCLUSIVE_ADMIN_ROLES = ['full_admin', 'service_admin', 'read_only_admin'] as const;
export type ExclusiveAdminRole = (typeof EXCLUSIVE_ADMIN_ROLES)[number];

/** Contact-center licenses: Webex Contact Center Standard / Premium agent. */
export const LICENSES = ['cc_standard', 'cc_premium'] as const;
export type License = (typeof LICENSES)[number];

export const USER_STATUSES = ['verified', 'unverified'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/**
 * Whether an account may sign in to Control Hub: `not_activated` until the welcome e-mail's four
 * steps are done (DOMAIN §1.1), `deactivated` while an admin has deactivated it (DOMAIN §2.1).
 */
export const ACCOUNT_STATES = ['active', 'not_activated', 'deactivated'] as const;
export type AccountState = (typeof ACCOUNT_STATES)[number];

// --- Permissions (DOMAIN §2.1–§2.3) ----------------------------------------------------------

export const ACTIONS = [
  'view_service',
  'manage_service',
  'add_user',
  'remove_user',
  'activate_user',
  'edit_user_details',
  'send_activation_email',
  'edit_licenses',
  'assign_role',
  'revoke_role',
  'add_external_admin',
  'view_users',
  'view_admin',
  'view_external_admins',
  'import_users_csv',
  'open_setup_wizard',
  'start_trial',
  'map_order',
  'manage_wholesale',
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * Why the rules refuse an action (the `reason` of a 403). `not_signed_in` of decision 0003 is not
 * here: it is a 401 that the server decides before any rule runs, as in the contract's enum.
 */
export const DENIAL_REASONS = [
  'account_not_activated',
  'account_deactivated',
  'no_relation',
  'role_not_applicable',
  'read_only',
  'read_only_no_service_access',
  'standard_license_agent_only',
  'user_management_not_allowed',
  'insufficient_role',
  'service_admin_assigns_only_service_admin',
  'external_service_admin_customer_users_only',
  'target_org_has_contact_center',
  'target_partner_has_provisioning_access',
  'role_exclusive',
  'last_full_admin',
  'admin_package_downgrade',
  'setup_wizard_not_allowed',
  'partner_only',
  'chat_requires_customer_admin',
] as const;
export type DenialReason = (typeof DENIAL_REASONS)[number];

// --- Setup wizard (DOMAIN §1.2, §1.3) --------------------------------------------------------

export const SETUP_STEPS = [
  'summary',
  'calling',
  'country',
  'time_zone',
  'platform',
  'telephony',
  'review',
  'provisioning',
  'summary_download',
] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

export const SETUP_STATUSES = ['not_started', 'in_progress', 'provisioning', 'completed', 'failed'] as const;
export type SetupStatus = (typeof SETUP_STATUSES)[number];

/**
 * Codes of a refused wizard command. The first four are decision 0003's; the rest are validation
 * codes of the contract's `errors[].reason` (`required`, `invalid_enum`) or added here where a
 * refusal needed its own name (`country_not_confirmed`, `not_offered`, `telephony_locked`,
 * `calling_subscription_required`, `pstn_add_on_us_only`).
 */
export const SETUP_ERROR_CODES = [
  'incompatible_location',
  'country_locked',
  'country_not_saved',
  'step_out_of_order',
  'country_not_confirmed',
  'required',
  'invalid_enum',
  'not_offered',
  'telephony_locked',
  'calling_subscription_required',
  'pstn_add_on_us_only',
] as const;
export type SetupErrorCode = (typeof SETUP_ERROR_CODES)[number];

/** Shown as "1.0" / "new platform" (the field "Webex Contact Center platform details"). */
export const PLATFORMS = ['1.0', 'new_platform'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const TELEPHONY_OPTIONS = [
  'webex_calling',
  'third_party_via_webex_calling',
  'third_party_via_vpop',
] as const;
export type TelephonyOption = (typeof TELEPHONY_OPTIONS)[number];

export const REGIONS = ['north_america', 'emea', 'latam', 'apjc', 'gulf', 'southern_africa'] as const;
export type Region = (typeof REGIONS)[number];

export const DATA_CENTERS = ['us', 'eu', 'ca', 'uk', 'jp', 'au', 'sg', 'sa', 'ae'] as const;
export type DataCenter = (typeof DATA_CENTERS)[number];

// --- Onboarding of the customer admin (DOMAIN §1.1) ------------------------------------------

export const ONBOARDING_STEPS = [
  'welcome_email_sent',
  'get_started',
  'password_set',
  'terms_accepted',
] as const;
export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];

// --- Wholesale (DOMAIN §3), wire-compatible with the real API --------------------------------

export const CUSTOMER_STATUSES = [
  'provisioned',
  'provisioned_with_errors',
  'provisioning',
  'updating',
  'deleting',
  'error',
  'pending_rpl_review',
] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

/** The real API's `WholesalePackagesCustomer` enum, in its order. */
export const WHOLESALE_PACKAGES = [
  'common_area_calling',
  'webex_calling',
  'webex_meetings',
  'webex_suite',
  'webex_voice',
  'cx_essentials',
  'webex_calling_standard',
  'cisco_calling_plan',
  'attendant_console',
  'cx_premium_agent',
  'cx_standard_agent',
  'cx_voice_ports',
  'cx_ai_assistant',
  'webex_ai_agent',
] as const;
export type WholesalePackage = (typeof WHOLESALE_PACKAGES)[number];

export const RPL_RESULTS = ['clear', 'listed'] as const;
export type RplResult = (typeof RPL_RESULTS)[number];

export const RPL_REVIEW_OUTCOMES = ['approved', 'denied'] as const;
export type RplReviewOutcome = (typeof RPL_REVIEW_OUTCOMES)[number];

/** Locations whose call-in number is the default when the org country has none (DOMAIN §3.3). */
export const CALL_IN_LOCATIONS = ['AMER', 'APAC', 'ANZ', 'EMEA', 'EURO'] as const;
export type CallInLocation = (typeof CALL_IN_LOCATIONS)[number];

// --- Webex Connect (DOMAIN §1.4) ---------------------------------------------------------------

export const CONNECT_ROLES = [
  'tenant_owner',
  'all_access',
  'limited',
  'read_only',
  'restricted_access',
] as const;
export type ConnectRole = (typeof CONNECT_ROLES)[number];
