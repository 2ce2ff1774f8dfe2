import type { CallInLocation } from '../vocabulary.js';
import { CALL_IN_LOCATION_DEFAULTS, callInLocationOf } from './call-in-locations.js';
import { firstAvailableDialIn, SAMPLE_TELEPHONY_DOMAIN, type TelephonyDomain } from './telephony-domain.js';

export interface DefaultCallInNumber {
  readonly number: string;
  /** The country the number belongs to. */
  readonly country: string;
  /** The org country's own number, or its location's default. */
  readonly source: 'org_country' | 'location_default';
  readonly location: CallInLocation | null;
}

/**
 * DOMAIN §3.3: the first available dial-in number configured for the org country, else the
 * default of the org's location. `null` for a country outside the location table, or a domain
 * that lacks the location's default number.
 */
export function resolveDefaultCallInNumber(
  orgCountry: string,
  telephonyDomain: TelephonyDomain = SAMPLE_TELEPHONY_DOMAIN,
): DefaultCallInNumber | null {
  const location = callInLocationOf(orgCountry);
  const own = firstAvailableDialIn(telephonyDomain, orgCountry);
  if (own) return { number: own.number, country: own.country, source: 'org_country', location };
  if (location === null) return null;
  for (const country of CALL_IN_LOCATION_DEFAULTS[location].countries) {
    const fallback = firstAvailableDialIn(telephonyDomain, country);
    if (fallback) return { number: fallback.number, country, source: 'location_default', location };
  }
  return null;
}
