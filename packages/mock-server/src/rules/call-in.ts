import type { CallInLocation, DefaultCallInNumber } from '@onramp/contract';

/**
 * Default global call-in numbers (DOMAIN §3.3): the first dial-in number the telephony domain has
 * for the org country; if it has none, the default of the org's location (the seed's table).
 */
export const LOCATION_DEFAULTS: Readonly<
  Record<CallInLocation, { countryCode: string; country: string; number: string }>
> = {
  AMER: { countryCode: '+1', country: 'US', number: '+1-408-555-0100' },
  APAC: { countryCode: '+65', country: 'SG', number: '+65-6555-0100' },
  ANZ: { countryCode: '+61', country: 'AU', number: '+61-2-5550-0100' },
  EMEA: { countryCode: '+44', country: 'GB', number: '+44-20-5550-0100' },
  EURO: { countryCode: '+49', country: 'DE', number: '+49-30-5550-0100' },
};

/** The mock telephony domain: countries with their own dial-in numbers (first one is the default). */
export const TELEPHONY_DIAL_IN: Readonly<
  Record<string, { countryCode: string; numbers: readonly string[] }>
> = {
  US: { countryCode: '+1', numbers: ['+1-408-555-0100', '+1-212-555-0100'] },
  CA: { countryCode: '+1', numbers: ['+1-416-555-0100'] },
  GB: { countryCode: '+44', numbers: ['+44-20-5550-0100'] },
  DE: { countryCode: '+49', numbers: ['+49-30-5550-0100'] },
  FR: { countryCode: '+33', numbers: ['+33-1-5550-0100'] },
  SG: { countryCode: '+65', numbers: ['+65-6555-0100'] },
  AU: { countryCode: '+61', numbers: ['+61-2-5550-0100'] },
  JP: { countryCode: '+81', numbers: ['+81-3-5550-0100'] },
};

const LOCATION_BY_COUNTRY: Readonly<Record<string, CallInLocation>> = {
  US: 'AMER',
  CA: 'AMER',
  MX: 'AMER',
  BR: 'AMER',
  AR: 'AMER',
  CL: 'AMER',
  CO: 'AMER',
  SG: 'APAC',
  JP: 'APAC',
  IN: 'APAC',
  CN: 'APAC',
  HK: 'APAC',
  KR: 'APAC',
  MY: 'APAC',
  TH: 'APAC',
  PH: 'APAC',
  ID: 'APAC',
  AU: 'ANZ',
  NZ: 'ANZ',
  DE: 'EURO',
  AT: 'EURO',
  CH: 'EURO',
  NL: 'EURO',
  BE: 'EURO',
  LU: 'EURO',
  FR: 'EURO',
  IT: 'EURO',
  ES: 'EURO',
  PT: 'EURO',
  PL: 'EURO',
  CZ: 'EURO',
  DK: 'EURO',
  SE: 'EURO',
  NO: 'EURO',
  FI: 'EURO',
  IE: 'EURO',
};

/** The location of a country; anything unlisted (UK, Middle East, Africa, …) defaults to EMEA. */
export function callInLocationOf(country: string): CallInLocation {
  return LOCATION_BY_COUNTRY[country] ?? 'EMEA';
}

export function resolveDefaultCallInNumber(country: string): DefaultCallInNumber {
  const own = TELEPHONY_DIAL_IN[country];
  const location = callInLocationOf(country);
  if (own?.numbers[0])
    return { number: own.numbers[0], countryCode: own.countryCode, country, source: 'org_country', location };
  const fallback = LOCATION_DEFAULTS[location];
  return {
    number: fallback.number,
    countryCode: fallback.countryCode,
    country: fallback.country,
    source: 'location_default',
    location,
  };
}
