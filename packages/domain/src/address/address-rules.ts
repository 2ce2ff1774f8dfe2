import { AU_STATES, BR_STATES, CA_PROVINCES, type SubdivisionList, US_STATES } from './subdivisions.js';

/** What a country calls its postal code (the form's label; the widgets translate it). */
export type PostalCodeLabel = 'zip_code' | 'postcode' | 'postal_code' | 'pin_code' | 'eircode' | 'cep';
/** What a country calls the subdivision in `stateOrProvince`. */
export type RegionLabel =
  | 'state'
  | 'province_or_territory'
  | 'state_or_territory'
  | 'prefecture'
  | 'county'
  | 'province'
  | 'state_or_province';

export interface PostalCodeRule {
  readonly label: PostalCodeLabel;
  readonly required: boolean;
  /** The accepted shape (matched on the trimmed value, case-insensitively); none: free text. */
  readonly pattern?: RegExp;
  /** A valid example, shown to the user next to the rule. */
  readonly example?: string;
}

export interface RegionRule {
  readonly label: RegionLabel;
  readonly required: boolean;
  /** The fixed list (postal abbreviation → name), or null for free text. */
  readonly choices: SubdivisionList | null;
}

/**
 * The address rules of one country (decisions/0007). `null` means the country's addresses do not
 * use the field: the form hides it and the mock keeps a value sent anyway.
 */
export interface AddressRule {
  readonly postalCode: PostalCodeRule | null;
  readonly region: RegionRule | null;
}

const postal = (
  label: PostalCodeLabel,
  pattern: RegExp,
  example: string,
  required = true,
): PostalCodeRule => ({
  label,
  required,
  pattern,
  example,
});
const listed = (label: RegionLabel, choices: SubdivisionList): RegionRule => ({
  label,
  required: true,
  choices,
});
const named = (label: RegionLabel, required: boolean): RegionRule => ({ label, required, choices: null });

const FOUR_DIGITS = /^\d{4}$/;
const FIVE_DIGITS = /^\d{5}$/;

/** Countries whose postal code has a fixed shape (and whose region is used, or not). */
export const ADDRESS_RULES: Readonly<Record<string, AddressRule>> = {
  US: { postalCode: postal('zip_code', /^\d{5}(-\d{4})?$/, '95035'), region: listed('state', US_STATES) },
  CA: {
    postalCode: postal(
      'postal_code',
      /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/i,
      'K1A 0B1',
    ),
    region: listed('province_or_territory', CA_PROVINCES),
  },
  AU: {
    postalCode: postal('postcode', FOUR_DIGITS, '2000'),
    region: listed('state_or_territory', AU_STATES),
  },
  BR: { postalCode: postal('cep', /^\d{5}-?\d{3}$/, '01310-100'), region: listed('state', BR_STATES) },
  GB: {
    postalCode: postal('postcode', /^([A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|GIR ?0AA)$/i, 'SW1A 1AA'),
    region: named('county', false),
  },
  IE: {
    postalCode: postal('eircode', /^([AC-FHKNPRTV-Y]\d{2}|D6W) ?[\dAC-FHKNPRTV-Y]{4}$/i, 'D02 X285', false),
    region: named('county', false),
  },
  DE: { postalCode: postal('postal_code', FIVE_DIGITS, '10115'), region: null },
  FR: { postalCode: postal('postal_code', FIVE_DIGITS, '75008'), region: null },
  ES: {
    postalCode: postal('postal_code', /^(0[1-9]|[1-4]\d|5[0-2])\d{3}$/, '28013'),
    region: named('province', false),
  },
  IT: { postalCode: postal('postal_code', FIVE_DIGITS, '00184'), region: named('province', false) },
  FI: { postalCode: postal('postal_code', FIVE_DIGITS, '00100'), region: null },
  NL: { postalCode: postal('postcode', /^[1-9]\d{3} ?[A-Z]{2}$/i, '1012 JS'), region: null },
  BE: { postalCode: postal('postal_code', FOUR_DIGITS, '1000'), region: null },
  AT: { postalCode: postal('postal_code', FOUR_DIGITS, '1010'), region: null },
  CH: { postalCode: postal('postal_code', FOUR_DIGITS, '8001'), region: null },
  DK: { postalCode: postal('postal_code', FOUR_DIGITS, '1050'), region: null },
  NO: { postalCode: postal('postal_code', FOUR_DIGITS, '0150'), region: null },
  SE: { postalCode: postal('postal_code', /^\d{3} ?\d{2}$/, '111 52'), region: null },
  PL: { postalCode: postal('postal_code', /^\d{2}-\d{3}$/, '00-950'), region: null },
  PT: { postalCode: postal('postal_code', /^\d{4}-\d{3}$/, '1100-148'), region: null },
  NZ: { postalCode: postal('postcode', FOUR_DIGITS, '6011'), region: null },
  SG: { postalCode: postal('postal_code', /^\d{6}$/, '018956'), region: null },
  JP: { postalCode: postal('postal_code', /^\d{3}-?\d{4}$/, '100-0001'), region: named('prefecture', true) },
  IN: { postalCode: postal('pin_code', /^[1-9]\d{5}$/, '110001'), region: named('state', true) },
  MX: { postalCode: postal('postal_code', FIVE_DIGITS, '06600'), region: named('state', true) },
  // No postal codes in these countries' addresses.
  AE: { postalCode: null, region: named('state_or_province', false) },
  HK: { postalCode: null, region: null },
  QA: { postalCode: null, region: null },
};

/** Any other country: both fields optional, free text. */
export const DEFAULT_ADDRESS_RULE: AddressRule = {
  postalCode: { label: 'postal_code', required: false },
  region: named('state_or_province', false),
};

/** The rules of an ISO 3166 alpha-2 country (any case); unknown countries get the default. */
export function addressRuleFor(country: string | undefined): AddressRule {
  return ADDRESS_RULES[(country ?? '').trim().toUpperCase()] ?? DEFAULT_ADDRESS_RULE;
}
