import { describe, expect, it } from 'vitest';
import { type AddressInput, validateAddress } from './validate-address.js';

const base = { addressLine1: '1 Main St', city: 'Town' };
const codes = (address: AddressInput, prefix?: string) =>
  validateAddress(address, prefix).map((issue) => `${issue.field}:${issue.code}`);

describe('validateAddress', () => {
  it.each<[string, AddressInput]>([
    [
      'a US address with state and ZIP+4',
      { ...base, country: 'US', stateOrProvince: 'ca', zipOrPostalCode: '95035-1234' },
    ],
    ['a Canadian one', { ...base, country: 'CA', stateOrProvince: 'ON', zipOrPostalCode: 'M5V 2T6' }],
    ['a British one without county', { ...base, country: 'GB', zipOrPostalCode: 'SW1A 1AA' }],
    ['a Dutch one', { ...base, country: 'NL', zipOrPostalCode: '1012 JS' }],
    ['an Irish one without Eircode', { ...base, country: 'IE' }],
    ['an Emirati one with a postal code sent anyway', { ...base, country: 'AE', zipOrPostalCode: '00000' }],
    [
      'a German one with a state sent anyway',
      { ...base, country: 'DE', stateOrProvince: 'Berlin', zipOrPostalCode: '10115' },
    ],
    ['a Kuwaiti one (no rules beyond the default)', { ...base, country: 'KW' }],
  ])('accepts %s', (_, address) => {
    expect(validateAddress(address)).toEqual([]);
  });

  it.each<[string, AddressInput, string[]]>([
    [
      'US without state and ZIP',
      { ...base, country: 'US' },
      ['address.stateOrProvince:required', 'address.zipOrPostalCode:required'],
    ],
    [
      'US with an unknown state',
      { ...base, country: 'US', stateOrProvince: 'California', zipOrPostalCode: '95035' },
      ['address.stateOrProvince:invalid_enum'],
    ],
    [
      'US with a short ZIP',
      { ...base, country: 'US', stateOrProvince: 'CA', zipOrPostalCode: '9503' },
      ['address.zipOrPostalCode:invalid_format'],
    ],
    [
      'CA with a US state',
      { ...base, country: 'CA', stateOrProvince: 'NY', zipOrPostalCode: 'K1A 0B1' },
      ['address.stateOrProvince:invalid_enum'],
    ],
    ['GB without postcode', { ...base, country: 'GB' }, ['address.zipOrPostalCode:required']],
    [
      'DE with a Dutch postcode',
      { ...base, country: 'DE', zipOrPostalCode: '1012 JS' },
      ['address.zipOrPostalCode:invalid_format'],
    ],
    [
      'IE with a malformed Eircode',
      { ...base, country: 'IE', zipOrPostalCode: 'B12 3456' },
      ['address.zipOrPostalCode:invalid_format'],
    ],
    [
      'JP without prefecture',
      { ...base, country: 'JP', zipOrPostalCode: '100-0001' },
      ['address.stateOrProvince:required'],
    ],
    [
      'blank line, city and country',
      { addressLine1: ' ', city: '', country: undefined },
      ['address.addressLine1:required', 'address.city:required', 'address.country:required'],
    ],
  ])('refuses %s', (_, address, expected) => {
    expect(codes(address)).toEqual(expected);
  });

  it('names the field under the given prefix, with an English message and an example', () => {
    const [issue] = validateAddress(
      { ...base, country: 'US', stateOrProvince: 'TX', zipOrPostalCode: 'ABCDE' },
      'provisioningParameters.calling.location.address',
    );
    expect(issue).toEqual({
      field: 'provisioningParameters.calling.location.address.zipOrPostalCode',
      code: 'invalid_format',
      message: '"ABCDE" is not a ZIP code of US; one looks like 95035.',
      example: '95035',
    });
  });

  it('a blank value counts as missing, and the country is read in any case', () => {
    expect(codes({ ...base, country: 'gb', zipOrPostalCode: '   ' })).toEqual([
      'address.zipOrPostalCode:required',
    ]);
  });

  it('as the API enforces it: a missing state or postal code passes, a given one is still checked', () => {
    const api = (address: AddressInput) =>
      validateAddress(address, 'address', { requireRegionalFields: false }).map(
        (issue) => `${issue.field}:${issue.code}`,
      );
    expect(api({ ...base, country: 'US' })).toEqual([]);
    expect(api({ ...base, country: 'NL' })).toEqual([]);
    expect(api({ ...base, country: 'US', stateOrProvince: 'Texas', zipOrPostalCode: 'ABCDE' })).toEqual([
      'address.stateOrProvince:invalid_enum',
      'address.zipOrPostalCode:invalid_format',
    ]);
    // The street, city and country stay required: the real API's schema requires them.
    expect(api({ country: 'US' })).toEqual(['address.addressLine1:required', 'address.city:required']);
  });

  it('refuses a country that is not an ISO 3166-1 alpha-2 code, on the country field', () => {
    expect(validateAddress({ ...base, country: 'XX' }, 'address')).toEqual([
      {
        field: 'address.country',
        code: 'unknown_country',
        message: '"XX" is not an ISO 3166-1 alpha-2 country code.',
      },
    ]);
    expect(codes({ ...base, country: 'UK' })).toEqual(['address.country:unknown_country']);
    expect(codes({ ...base, country: 'VN' })).toEqual([]);
  });
});
