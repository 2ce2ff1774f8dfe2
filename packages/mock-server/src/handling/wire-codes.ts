import type { DenialReason, ErrorReason, OnboardingStep as WireStep } from '@onramp/contract';
import type {
  AddressIssueCode,
  DenialReason as DomainDenialReason,
  LicenseRefusal,
  OnboardingMilestone,
  OnboardingResult,
  SetupError,
  SetupErrorCode,
  TenantSetupConflict,
  UsersCsvRowError,
} from '@onramp/domain';

/**
 * Every domain refusal code in the contract's words, in one place (decisions/0010). The domain
 * keeps finer codes; the tables are typed `Record<domain code, …>`, so a new domain code is a
 * compile error here until it has a wire word, and wire-codes.test.ts checks every word is a
 * value of the contract's `ErrorReason` (`DenialReason` for a 403).
 */

type OnboardingErrorCode = Extract<OnboardingResult, { error: unknown }>['error']['code'];

/** The command a wizard refusal answers: a step's answer or navigation, or the final submit. */
export type SetupCommandKind = 'answer' | 'submit';

interface SetupWire {
  status: 400 | 409 | 422;
  reason: ErrorReason;
  /** A finer word for some fields (an unknown *country* is `unknown_country`). */
  byField?: Partial<Record<NonNullable<SetupError['field']>, ErrorReason>>;
  /** Another word when the refusal answers the submit. */
  onSubmit?: ErrorReason;
}

/** The wizard (DOMAIN §1.2): a missing or unconfirmed earlier answer is, to a client, one thing. */
export const SETUP_WIRE: Record<SetupErrorCode, SetupWire> = {
  incompatible_location: { status: 422, reason: 'incompatible_location' },
  country_locked: { status: 409, reason: 'country_locked' },
  country_not_saved: { status: 409, reason: 'country_not_saved' },
  telephony_locked: { status: 409, reason: 'telephony_locked' },
  calling_subscription_required: { status: 409, reason: 'calling_subscription_required' },
  pstn_add_on_us_only: { status: 422, reason: 'pstn_add_on_us_only' },
  step_out_of_order: { status: 409, reason: 'step_out_of_order', onSubmit: 'setup_incomplete' },
  country_not_confirmed: { status: 409, reason: 'step_out_of_order', onSubmit: 'setup_incomplete' },
  required: { status: 409, reason: 'step_out_of_order', onSubmit: 'setup_incomplete' },
  invalid_enum: {
    status: 400,
    reason: 'invalid_enum',
    byField: { country: 'unknown_country', timeZone: 'unknown_time_zone' },
  },
  not_offered: {
    status: 422,
    reason: 'telephony_not_offered',
    byField: { platform: 'platform_not_offered' },
  },
};

/** The status and wire word of a wizard refusal, given its field and the command it answers. */
export function setupWireCode(
  error: Pick<SetupError, 'code' | 'field'>,
  command: SetupCommandKind,
): { status: 400 | 409 | 422; reason: ErrorReason } {
  const wire = SETUP_WIRE[error.code];
  const byField = error.field === undefined ? undefined : wire.byField?.[error.field];
  const reason = byField ?? (command === 'submit' ? (wire.onSubmit ?? wire.reason) : wire.reason);
  return { status: wire.status, reason };
}

/** The customer admin's activation (DOMAIN §1.1). */
export const ONBOARDING_WIRE: Record<OnboardingErrorCode, ErrorReason> = {
  step_out_of_order: 'onboarding_out_of_order',
};

/** The domain's next activation step as the contract's `nextStep` (the e-mail link it waits for). */
export const ONBOARDING_STEP_WIRE: Record<OnboardingMilestone, WireStep> = {
  welcome_email_sent: 'get_started',
  get_started: 'get_started',
  password_set: 'set_password',
  terms_accepted: 'accept_terms',
};

/** Per-country address rules (wholesale billing addresses): the same words as input validation. */
export const ADDRESS_WIRE: Record<AddressIssueCode, ErrorReason> = {
  required: 'required',
  invalid_format: 'invalid_format',
  invalid_enum: 'invalid_enum',
  unknown_country: 'unknown_country',
};

/** License refusals (DOMAIN §2.3) and the users CSV rows: the domain already speaks the wire here. */
export const LICENSE_WIRE: Record<LicenseRefusal['reason'], ErrorReason> = {
  license_not_offered: 'license_not_offered',
};
export const USERS_CSV_ROW_WIRE: Record<UsersCsvRowError['reason'], ErrorReason> = {
  missing_email: 'missing_email',
  duplicate_user: 'duplicate_user',
  invalid_boolean: 'invalid_boolean',
  both_licenses: 'both_licenses',
};

/** "Set up Webex Contact Center" (DOMAIN §1.2): the tenant's state, all `409`s. */
export const TENANT_SETUP_WIRE: Record<TenantSetupConflict, ErrorReason> = {
  setup_not_completed: 'setup_not_completed',
  classic_platform_only: 'classic_platform_only',
  tenant_already_set_up: 'tenant_already_set_up',
};

/** Every `403` carries the domain's `DenialReason` as is: the contract's enum is the domain's list. */
export const denialWire = (reason: DomainDenialReason): DenialReason => reason;
