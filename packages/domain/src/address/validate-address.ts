import { isIsoCountryCode } from '../call-in/call-in-locations.js';
import { addressRuleFor, type PostalCodeLabel, type RegionLabel } from './address-rules.js';

/** The address as the contract's `BillingAddress` / `Address` carry it (every field as sent). */
export interface AddressInput {
  readonly addressLine1?: string;
  readonly addressLine2?: string;
  readonly city?: string;
  readonly stateOrProvince?: string;
  readonly zipOrPostalCode?: string;
  readonly country?: string;
}

/**
 * Codes of the contract's `ErrorReason` (a refused address is a `400`). `unknown_country`: the
 * country is not an ISO 3166-1 alpha-2 code (`XX`): it could be no org country (DOMAIN §3.3).
 */
export type AddressIssueCode = 'required' | 'invalid_format' | 'invalid_enum' | 'unknown_country';

export interface AddressIssue {
  /** The request path of the field: `address.zipOrPostalCode`. */
  readonly field: string;
  readonly code: AddressIssueCode;
  /** English, for the API's `description`; the widgets say it in the user's language. */
  readonly message: string;
  /** A valid value, for the message (`95035`, `CA`). */
  readonly example?: string;
}

const POSTAL_NAMES: Record<PostalCodeLabel, string> = {
  zip_code: 'ZIP code',
  postcode: 'postcode',
  postal_code: 'postal code',
  pin_code: 'PIN code',
  eircode: 'Eircode',
  cep: 'CEP',
};
const REGION_NAMES: Record<RegionLabel, string> = {
  state: 'state',
  province_or_territory: 'province or territory',
  state_or_territory: 'state or territory',
  prefecture: 'prefecture',
  county: 'county',
  province: 'province',
  state_or_province: 'state or province',
};

const blank = (value: string | undefined) => value === undefined || value.trim() === '';

export interface ValidateAddressOptions {
  /**
   * Whether a missing state or postal code is an issue where the country's rule asks for one
   * (default `true`: the forms ask for a complete postal address). `false` is what the API
   * enforces (decisions/0030): the real service and the seed require only the street, city and
   * country, so a missing one is accepted there, and a value given is still checked.
   */
  readonly requireRegionalFields?: boolean;
}

/**
 * The billing (or calling-location) address against the rules of its country (decisions/0007):
 * one issue per field, in the order of the form, each naming its request path under `prefix`.
 * An empty list means the address is acceptable.
 */
export function validateAddress(
  address: AddressInput,
  prefix = 'address',
  { requireRegionalFields = true }: ValidateAddressOptions = {},
): AddressIssue[] {
  const issues: AddressIssue[] = [];
  const at = (name: keyof AddressInput) => `${prefix}.${name}`;
  for (const name of ['addressLine1', 'city', 'country'] as const)
    if (blank(address[name]))
      issues.push({ field: at(name), code: 'required', message: `The ${name} is required.` });
  const country = (address.country ?? '').trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) return issues;
  if (!isIsoCountryCode(country)) {
    issues.push({
      field: at('country'),
      code: 'unknown_country',
      message: `"${country}" is not an ISO 3166-1 alpha-2 country code.`,
    });
    return issues;
  }
  const rule = addressRuleFor(country);

  const region = rule.region;
  const state = address.stateOrProvince?.trim() ?? '';
  if (region && state === '' && region.required && requireRegionalFields) {
    issues.push({
      field: at('stateOrProvince'),
      code: 'required',
      message: `An address in ${country} needs its ${REGION_NAMES[region.label]}.`,
      ...(region.choices ? { example: Object.keys(region.choices)[0] } : {}),
    });
  } else if (region?.choices && state !== '' && !(state.toUpperCase() in region.choices)) {
    const example = Object.keys(region.choices)[0] as string;
    issues.push({
      field: at('stateOrProvince'),
      code: 'invalid_enum',
      message: `"${state}" is not a ${REGION_NAMES[region.label]} of ${country}: give its postal abbreviation, e.g. ${example}.`,
      example,
    });
  }

  const postal = rule.postalCode;
  const code = address.zipOrPostalCode?.trim() ?? '';
  if (postal && code === '' && postal.required && requireRegionalFields) {
    issues.push({
      field: at('zipOrPostalCode'),
      code: 'required',
      message: `An address in ${country} needs its ${POSTAL_NAMES[postal.label]}.`,
      ...(postal.example ? { example: postal.example } : {}),
    });
  } else if (postal?.pattern && code !== '' && !postal.pattern.test(code)) {
    issues.push({
      field: at('zipOrPostalCode'),
      code: 'invalid_format',
      message: `"${code}" is not a ${POSTAL_NAMES[postal.label]} of ${country}; one looks like ${postal.example}.`,
      ...(postal.example ? { example: postal.example } : {}),
    });
  }
  return issues;
}
