/** A dial-in number configured in a telephony domain for a country. */
export interface DialInNumber {
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  /** E.164: `+`, the calling code and the national number, no spaces (the contract's form). */
  readonly number: string;
  /** The calling code the number starts with (`+1`, `+44`). */
  readonly countryCode: string;
  readonly available: boolean;
}

/** The dial-in numbers of a meetings site, in configuration order ("first" means first here). */
export type TelephonyDomain = readonly DialInNumber[];

const dialIn = (country: string, countryCode: string, national: string, available = true): DialInNumber => ({
  country,
  number: `${countryCode}${national}`,
  countryCode,
  available,
});

/**
 * A sample domain for the mock and for tests. Fictional numbers (the 555-01xx NANP range and
 * the drama ranges where a country has one). Some countries have none, or none available
 * (the Netherlands), so that their location default applies.
 */
export const SAMPLE_TELEPHONY_DOMAIN: TelephonyDomain = [
  dialIn('US', '+1', '4155550199', false),
  dialIn('US', '+1', '4155550100'),
  dialIn('US', '+1', '2125550100'),
  dialIn('CA', '+1', '4165550100'),
  dialIn('BR', '+55', '1155550100'),
  dialIn('GB', '+44', '2079460100'),
  dialIn('DE', '+49', '3055550100'),
  dialIn('FR', '+33', '199000100'),
  dialIn('NL', '+31', '205550100', false),
  dialIn('SG', '+65', '65550100'),
  dialIn('JP', '+81', '355550100'),
  dialIn('IN', '+91', '2255550100'),
  dialIn('AU', '+61', '255500100'),
];

/** The first available dial-in number configured for a country, if any. */
export function firstAvailableDialIn(domain: TelephonyDomain, country: string): DialInNumber | undefined {
  const code = country.toUpperCase();
  return domain.find((entry) => entry.country === code && entry.available);
}

/** E.164: a plus, a non-zero digit, at most 15 digits in all. */
export const E164 = /^\+[1-9]\d{1,14}$/;

/**
 * An E.164 number as people read it, for display only (the wire keeps E.164): the calling code,
 * then the national number in groups, 3-3-4 in the North American plan, else fours from the end
 * (`+44 20 7946 0100`). Anything not E.164 is returned as it is.
 */
export function displayPhoneNumber(number: string, countryCode: string): string {
  if (!E164.test(number) || !number.startsWith(countryCode)) return number;
  const national = number.slice(countryCode.length);
  if (countryCode === '+1' && national.length === 10)
    return `+1 ${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6)}`;
  const groups: string[] = [];
  for (let end = national.length; end > 0; end -= 4)
    groups.unshift(national.slice(Math.max(0, end - 4), end));
  return [countryCode, ...groups].join(' ');
}
