import type { CallInLocation } from '../vocabulary.js';

export interface CallInLocationDefault {
  /** The dialling code of the default number. */
  readonly countryCode: string;
  /** Countries whose dial-in numbers serve as the location's default, in order of preference. */
  readonly countries: readonly string[];
}

/** DOMAIN §3.3: the default call-in number of each location, when the org country has none. */
export const CALL_IN_LOCATION_DEFAULTS: Readonly<Record<CallInLocation, CallInLocationDefault>> = {
  AMER: { countryCode: '+1', countries: ['US', 'CA'] },
  APAC: { countryCode: '+65', countries: ['SG'] },
  ANZ: { countryCode: '+61', countries: ['AU'] },
  EMEA: { countryCode: '+44', countries: ['GB'] },
  EURO: { countryCode: '+49', countries: ['DE'] },
};

const AMER = ['US', 'CA', 'MX', 'BR', 'AR', 'CL', 'CO', 'PE', 'CR'];
const APAC = ['JP', 'KR', 'TW', 'SG', 'HK', 'IN', 'MY', 'ID', 'TH', 'PH'];
const ANZ = ['AU', 'NZ'];
// Decision: EURO is the EU and EFTA (served from Germany); EMEA the rest of Europe, the Middle
// East and Africa (served from the United Kingdom).
const EURO = ['IE', 'DE', 'FR', 'NL', 'BE', 'ES', 'IT', 'PT', 'AT', 'SE', 'DK', 'FI', 'PL', 'CH', 'NO'];
const EMEA = ['GB', 'SA', 'AE', 'TR', 'JO', 'BH', 'KW', 'OM', 'ZA'];

/** The location of each country (ISO 3166-1 alpha-2): every supported country of operation. */
export const COUNTRY_CALL_IN_LOCATION: ReadonlyMap<string, CallInLocation> = new Map([
  ...AMER.map((country) => [country, 'AMER'] as const),
  ...APAC.map((country) => [country, 'APAC'] as const),
  ...ANZ.map((country) => [country, 'ANZ'] as const),
  ...EURO.map((country) => [country, 'EURO'] as const),
  ...EMEA.map((country) => [country, 'EMEA'] as const),
]);

export function callInLocationOf(country: string): CallInLocation | null {
  return COUNTRY_CALL_IN_LOCATION.get(country.toUpperCase()) ?? null;
}
