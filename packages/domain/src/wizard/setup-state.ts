import type { SetupAnswers } from '@onramp/contract';
import type { Platform, SetupErrorCode, SetupStatus, SetupStep, TelephonyOption } from '../vocabulary.js';

/** What the order says, fixed for the whole wizard (DOMAIN §1.1, §1.2). */
export interface SetupContext {
  /** A trial (start new trial) rather than a mapped subscription order. */
  readonly isTrial: boolean;
  /** CCAI services are provisioned: no time-zone step. */
  readonly ccai: boolean;
  /** The Cisco PSTN add-on was ordered (United States only, never for a trial). */
  readonly ciscoPstnAddOn: boolean;
  /** The country chosen when the order was mapped: the default of the country dropdown. */
  readonly mappedCountry: string | null;
  /**
   * The org has an active Webex Calling subscription: the `webex_calling` telephony option needs one
   * (DOMAIN §1.3). The Cisco PSTN add-on, delivered through Webex Calling, counts as one.
   */
  readonly webexCalling: boolean;
}

/**
 * The admin's answers; a country counts only once saved, and is fixed once confirmed. The
 * contract's `SetupAnswers`, re-exported as it is: the state holds the record the wire carries.
 */
export type { SetupAnswers };

/** Lives on the server: the wizard reopens where it was until setup completes (DOMAIN §1.1). */
export interface SetupState {
  readonly status: SetupStatus;
  readonly step: SetupStep;
  readonly answers: Readonly<SetupAnswers>;
}

export type SetupCommand =
  | { readonly type: 'start' }
  | { readonly type: 'next' }
  | { readonly type: 'back' }
  /** "Go back and edit": to the current step or an earlier one. */
  | { readonly type: 'goTo'; readonly step: SetupStep }
  | { readonly type: 'saveCountry'; readonly country: string }
  | { readonly type: 'confirmCountry' }
  | { readonly type: 'setTimeZone'; readonly timeZone: string }
  | { readonly type: 'setPlatform'; readonly platform: Platform }
  | { readonly type: 'setTelephony'; readonly telephony: TelephonyOption }
  | { readonly type: 'submit' }
  | { readonly type: 'provisioningFinished' }
  | { readonly type: 'provisioningFailed' }
  | { readonly type: 'close' };

export type SetupCommandType = SetupCommand['type'];

export interface SetupError {
  readonly code: SetupErrorCode;
  readonly message: string;
  /** The answer at fault, as the contract's `errors[].field`. */
  readonly field?: keyof SetupAnswers | 'step';
}

export type SetupResult = { readonly state: SetupState } | { readonly error: SetupError };

export const EMPTY_ANSWERS: SetupAnswers = {
  country: null,
  countryConfirmed: false,
  timeZone: null,
  platform: null,
  telephony: null,
};

export const INITIAL_SETUP_STATE: SetupState = {
  status: 'not_started',
  step: 'summary',
  answers: EMPTY_ANSWERS,
};

export function setupError(code: SetupErrorCode, message: string, field?: SetupError['field']): SetupResult {
  return { error: field === undefined ? { code, message } : { code, message, field } };
}

/** The country the dropdown shows: the saved one, else the one chosen when the order was mapped. */
export function countryDropdownDefault(state: SetupState, context: SetupContext): string | null {
  return state.answers.country ?? context.mappedCountry;
}
