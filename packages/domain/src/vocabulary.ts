// The shared vocabulary (decisions/0003-domain-vocabulary.md). Every enum the contract defines is
// the contract's own runtime list (`@onramp/contract`, generated from openapi.yaml), under the
// domain's name, typed with the contract's own type: one source, so a value changes in openapi.yaml
// only. The lists defined here are the domain's own (subsets, or steps the wire does not carry).

import type {
  Action,
  AdminRole,
  CallInLocation,
  ConnectRole,
  CustomerStatus,
  DataCenter,
  DenialReason,
  License,
  OrgKind,
  OrgRelation,
  Platform,
  Region,
  SetupStatus,
  SetupStep,
  TelephonyOption,
  WholesalePackage,
} from '@onramp/contract';
import {
  actionValues,
  adminRoleValues,
  callInLocationValues,
  connectRoleValues,
  customerStatusValues,
  dataCenterValues,
  denialReasonValues,
  licenseValues,
  orgKindValues,
  orgRelationValues,
  platformValues,
  regionValues,
  rplReviewResultValues,
  setupStatusValues,
  setupStepValues,
  telephonyOptionValues,
  userStatusValues,
  wholesalePackageValues,
} from '@onramp/contract';

/**
 * The contract's own types for the enums it defines, re-exported as they are (the same type, not
 * a restatement): `test/public-api.test.ts` allows a name both packages export only if it is
 * this re-export.
 */
export type {
  Action,
  AdminRole,
  CallInLocation,
  ConnectRole,
  CustomerStatus,
  DataCenter,
  DenialReason,
  License,
  OrgKind,
  OrgRelation,
  Platform,
  Region,
  SetupStatus,
  SetupStep,
  TelephonyOption,
  WholesalePackage,
} from '@onramp/contract';

/** A type guard for any of the vocabulary arrays below (for parsing untrusted input). */
export function isOneOf<const T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

// --- Organizations and actors (DOMAIN §2) ---------------------------------------------------

export const ORG_KINDS: readonly OrgKind[] = orgKindValues;

/** The relation of a user's org to one customer org. */
export const ORG_RELATIONS: readonly OrgRelation[] = orgRelationValues;

/** "No admin role" is `null`, never a member of this list. */
export const ADMIN_ROLES: readonly AdminRole[] = adminRoleValues;

/** A user holds at most one of these (DOMAIN §2.1, last bullet). */
export const EXCLUSIVE_ADMIN_ROLES = ['full_admin', 'service_admin', 'read_only_admin'] as const;
export type ExclusiveAdminRole = (typeof EXCLUSIVE_ADMIN_ROLES)[number];

/** Contact-center licenses: Webex Contact Center Standard / Premium agent. */
export const LICENSES: readonly License[] = licenseValues;

export const USER_STATUSES: readonly UserStatus[] = userStatusValues;
export type UserStatus = (typeof userStatusValues)[number];

/**
 * Whether an account may sign in to Control Hub: `not_activated` until the welcome e-mail's four
 * steps are done (DOMAIN §1.1), `deactivated` while an admin has deactivated it (DOMAIN §2.1).
 */
export const ACCOUNT_STATES = ['active', 'not_activated', 'deactivated'] as const;
export type AccountState = (typeof ACCOUNT_STATES)[number];

// --- Permissions (DOMAIN §2.1–§2.3) ----------------------------------------------------------

export const ACTIONS: readonly Action[] = actionValues;

/**
 * Why the rules refuse an action (the `reason` of a 403). `not_signed_in` of decision 0003 is not
 * here: it is a 401 that the server decides before any rule runs, as in the contract's enum.
 */
export const DENIAL_REASONS: readonly DenialReason[] = denialReasonValues;

// --- Setup wizard (DOMAIN §1.2, §1.3) --------------------------------------------------------

export const SETUP_STEPS: readonly SetupStep[] = setupStepValues;

export const SETUP_STATUSES: readonly SetupStatus[] = setupStatusValues;

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
export const PLATFORMS: readonly Platform[] = platformValues;

export const TELEPHONY_OPTIONS: readonly TelephonyOption[] = telephonyOptionValues;

export const REGIONS: readonly Region[] = regionValues;

export const DATA_CENTERS: readonly DataCenter[] = dataCenterValues;

// --- Onboarding of the customer admin (DOMAIN §1.1) ------------------------------------------

export const ONBOARDING_MILESTONES = [
  'welcome_email_sent',
  'get_started',
  'password_set',
  'terms_accepted',
] as const;
export type OnboardingMilestone = (typeof ONBOARDING_MILESTONES)[number];

// --- Wholesale (DOMAIN §3), wire-compatible with the real API --------------------------------

export const CUSTOMER_STATUSES: readonly CustomerStatus[] = customerStatusValues;

/** The real API's `WholesalePackagesCustomer` enum, in its order. */
export const WHOLESALE_PACKAGES: readonly WholesalePackage[] = wholesalePackageValues;

export const RPL_RESULTS: readonly RplResult[] = rplReviewResultValues;
export type RplResult = (typeof rplReviewResultValues)[number];

export const RPL_REVIEW_OUTCOMES = ['approved', 'denied'] as const;
export type RplReviewOutcome = (typeof RPL_REVIEW_OUTCOMES)[number];

/** Locations whose call-in number is the default when the org country has none (DOMAIN §3.3). */
export const CALL_IN_LOCATIONS: readonly CallInLocation[] = callInLocationValues;

// --- Webex Connect (DOMAIN §1.4) ---------------------------------------------------------------

export const CONNECT_ROLES: readonly ConnectRole[] = connectRoleValues;
