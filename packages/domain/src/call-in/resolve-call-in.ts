import type { CallInLocation } from '../vocabulary.js';
import { CALL_IN_LOCATION_DEFAULTS, callInLocationOf } from './call-in-locations.js';
import { firstAvailableDialIn, SAMPLE_TELEPHONY_DOMAIN, type TelephonyDomain } from './telephony-domain.js';

/**
 * The number the rule picks and the location it came from. Not the contract's `DefaultCallInNumber`
 * (where `country` and `location` are optional), hence its own name.
 */
export interface ResolvedCallInNumber {
  /** E.164. */
  readonly number: string;
  /** The calling code of the number (`+1`). */
  readonly countryCode: string;
  /** The country the number belongs to. */
  readonly country: string;
  /** The org country's own number, or its location's default. */
  readonly source: 'org_country' | 'location_default';
  readonly location: CallInLocation | null;
}

/**
 * DOMAIN §3.3: the first available dial-in number configured for the org country, else the
 * default of the org's location. Every ISO 3166-1 country has a location; `null` only for a code
 * that is not one, or a domain that lacks the location's default number.
 */
export function resolveDefaultCallInNumber(
  orgCountry: string,
  telephonyDomain: TelephonyDomain = SAMPLE_TELEPHONY_DOMAIN,
): ResolvedCallInNumber | null {
  const location = callInLocationOf(orgCountry);
  if (location === null) return null;
  const own = firstAvailableDialIn(telephonyDomain, orgCountry);
  if (own)
    return {
      number: own.number,
      countryCode: own.countryCode,
      country: own.country,
      source: 'org_country',
      location,
    };
  for (const country of CALL_IN_LOCATION_DEFAULTS[location].countries) {
    const fallback = firstAvailableDialIn(telephonyDomain, country);
    if (fallback)
      return {
        number: fallback.number,
        countryCode: fallback.countryCode,
        country,
        source: 'location_default',
        location,
      };
  }
  return null;
}
