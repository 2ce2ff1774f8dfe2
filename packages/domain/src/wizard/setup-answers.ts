import { countryCompatibility, findCountry } from '../catalogue/country-lookup.js';
import { isTelephonyOffered } from '../catalogue/telephony.js';
import { isKnownTimeZone } from '../catalogue/time-zones.js';
import { CISCO_PSTN_COUNTRY } from '../orders/order-mapping.js';
import type { Platform, SetupStep, TelephonyOption } from '../vocabulary.js';
import {
  type SetupAnswers,
  type SetupContext,
  type SetupError,
  type SetupResult,
  type SetupState,
  setupError,
} from './setup-state.js';

/** DOMAIN §1.2: the Cisco PSTN add-on (US only, never a trial) forces Webex Calling. */
export function ciscoPstnApplies(country: string | null, context: SetupContext): boolean {
  return context.ciscoPstnAddOn && !context.isTrial && country === CISCO_PSTN_COUNTRY;
}

/**
 * Whether the Cisco PSTN add-on of the order rules this country out (DOMAIN §1.2: the add-on is sold
 * for the United States only, never with a trial). Saving such a country is refused at the country
 * step, so the add-on is never lost silently later, at Telephony; the wizard says it before Save.
 */
export function ciscoPstnRulesOutCountry(
  country: string,
  context: Pick<SetupContext, 'ciscoPstnAddOn' | 'isTrial'>,
): boolean {
  return context.ciscoPstnAddOn && !context.isTrial && country.toUpperCase() !== CISCO_PSTN_COUNTRY;
}

/**
 * Why the org may not choose a telephony option the platform and region offer, or null when it may:
 * `webex_calling` needs an active Webex Calling subscription (DOMAIN §1.3), unless the Cisco PSTN
 * add-on applies (it selects Webex Calling itself).
 */
export function telephonyUnavailableReason(
  option: TelephonyOption,
  country: string | null,
  context: SetupContext,
): 'calling_subscription_required' | null {
  if (option !== 'webex_calling' || context.webexCalling || ciscoPstnApplies(country, context)) return null;
  return 'calling_subscription_required';
}

function withAnswers(state: SetupState, answers: Partial<SetupAnswers>): SetupResult {
  return { state: { ...state, answers: { ...state.answers, ...answers } } };
}

export function saveCountry(state: SetupState, code: string, context: SetupContext): SetupResult {
  switch (countryCompatibility(code, context)) {
    case 'unknown_country':
      return setupError('invalid_enum', `"${code}" is not a supported country of operation.`, 'country');
    case 'incompatible_location':
      return setupError(
        'incompatible_location',
        'The service cannot be set up in this country for this order: contact solution assurance.',
        'country',
      );
    case 'compatible':
      break;
  }
  if (ciscoPstnRulesOutCountry(code, context))
    return setupError(
      'pstn_add_on_us_only',
      'The order includes the Cisco PSTN add-on, sold for the United States only: the country of operation must be US.',
      'country',
    );
  const country = findCountry(code)!;
  // Later answers start from the country's defaults: its time zone, its only platform if just one.
  return withAnswers(state, {
    country: country.code,
    timeZone: context.ccai ? null : country.defaultTimeZone,
    platform: country.platforms.length === 1 ? country.platforms[0]! : null,
    telephony: ciscoPstnApplies(country.code, context) ? 'webex_calling' : null,
  });
}

export function confirmCountry(state: SetupState): SetupResult {
  if (state.answers.country === null) {
    return setupError('country_not_saved', 'Save a country of operation before confirming it.', 'country');
  }
  return withAnswers(state, { countryConfirmed: true });
}

export function setTimeZone(state: SetupState, timeZone: string): SetupResult {
  if (!isKnownTimeZone(timeZone)) {
    return setupError('invalid_enum', `"${timeZone}" is not one of the offered time zones.`, 'timeZone');
  }
  return withAnswers(state, { timeZone });
}

export function setPlatform(state: SetupState, platform: Platform, context: SetupContext): SetupResult {
  const country = findCountry(state.answers.country ?? '');
  if (!country?.platforms.includes(platform)) {
    return setupError('not_offered', 'This platform is not offered in the country of operation.', 'platform');
  }
  const { telephony } = state.answers;
  const forced = ciscoPstnApplies(country.code, context);
  // A telephony option the new platform does not offer is dropped, to be chosen again.
  const kept =
    telephony !== null && isTelephonyOffered(telephony, platform, country.region) ? telephony : null;
  return withAnswers(state, { platform, telephony: forced ? 'webex_calling' : kept });
}

export function setTelephony(
  state: SetupState,
  telephony: TelephonyOption,
  context: SetupContext,
): SetupResult {
  const country = findCountry(state.answers.country ?? '');
  const { platform } = state.answers;
  if (!country || platform === null) return setupError('required', 'Choose a platform first.', 'platform');
  if (ciscoPstnApplies(country.code, context) && telephony !== 'webex_calling') {
    return setupError(
      'telephony_locked',
      'The Cisco PSTN add-on was ordered: the telephony option is Webex Calling and cannot be changed.',
      'telephony',
    );
  }
  if (!isTelephonyOffered(telephony, platform, country.region)) {
    return setupError(
      'not_offered',
      'This telephony option is not offered for the platform and region.',
      'telephony',
    );
  }
  if (telephonyUnavailableReason(telephony, country.code, context)) {
    return setupError(
      'calling_subscription_required',
      'Webex Calling telephony needs an active Webex Calling subscription, which this organization does not have: choose another option.',
      'telephony',
    );
  }
  return withAnswers(state, { telephony });
}

/** What is missing before the admin may leave `step` (null when nothing is). */
export function missingAnswer(step: SetupStep, answers: SetupAnswers): SetupError | null {
  switch (step) {
    case 'country':
      if (answers.country === null)
        return { code: 'required', message: 'Save a country of operation.', field: 'country' };
      if (!answers.countryConfirmed) {
        return {
          code: 'country_not_confirmed',
          message: 'Confirm the country of operation.',
          field: 'countryConfirmed',
        };
      }
      return null;
    case 'time_zone':
      return answers.timeZone === null
        ? { code: 'required', message: 'Choose a time zone.', field: 'timeZone' }
        : null;
    case 'platform':
      return answers.platform === null
        ? { code: 'required', message: 'Choose a platform.', field: 'platform' }
        : null;
    case 'telephony':
      return answers.telephony === null
        ? { code: 'required', message: 'Choose a telephony option.', field: 'telephony' }
        : null;
    default:
      return null;
  }
}
