/** A dial-in number configured in a telephony domain for a country. */
export interface DialInNumber {
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly number: string;
  readonly available: boolean;
}

/** The dial-in numbers of a meetings site, in configuration order ("first" means first here). */
export type TelephonyDomain = readonly DialInNumber[];

/**
 * A sample domain for the mock and for tests. Fictional numbers (the 555-01xx NANP range and
 * the drama ranges where a country has one). Some countries have none, or none available
 * (the Netherlands), so that their location default applies.
 */
export const SAMPLE_TELEPHONY_DOMAIN: TelephonyDomain = [
  { country: 'US', number: '+1 415 555 0199', available: false },
  { country: 'US', number: '+1 415 555 0100', available: true },
  { country: 'US', number: '+1 212 555 0100', available: true },
  { country: 'CA', number: '+1 416 555 0100', available: true },
  { country: 'BR', number: '+55 11 5555 0100', available: true },
  { country: 'GB', number: '+44 20 7946 0100', available: true },
  { country: 'DE', number: '+49 30 5555 0100', available: true },
  { country: 'FR', number: '+33 1 99 00 01 00', available: true },
  { country: 'NL', number: '+31 20 555 0100', available: false },
  { country: 'SG', number: '+65 6555 0100', available: true },
  { country: 'JP', number: '+81 3 5555 0100', available: true },
  { country: 'IN', number: '+91 22 5555 0100', available: true },
  { country: 'AU', number: '+61 2 5550 0100', available: true },
];

/** The first available dial-in number configured for a country, if any. */
export function firstAvailableDialIn(domain: TelephonyDomain, country: string): DialInNumber | undefined {
  const code = country.toUpperCase();
  return domain.find((entry) => entry.country === code && entry.available);
}
