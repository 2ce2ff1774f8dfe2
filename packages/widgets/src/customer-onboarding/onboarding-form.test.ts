import { describe, expect, it } from 'vitest';
import { filledForm } from '../../test/onboarding-values.js';
import { compileSchema } from '../api/json-schema.js';
import { emptyValues, fieldOf, type OnboardingValues, toRequest, validate } from './onboarding-form.js';

const filled = filledForm;

describe('toRequest', () => {
  it('leaves blanks out and turns quantities into the packages and their limits', () => {
    const request = toRequest(
      filled({ addressLine2: '  ', quantities: { webex_suite: '25', webex_calling: '' } }),
    );
    expect(request.packages).toEqual(['webex_suite']);
    expect(request.provisioningParameters?.packages?.limits).toEqual({ webex_suite: 25 });
    expect(request.address).toEqual({
      addressLine1: '1 Main St',
      city: 'Berlin',
      zipOrPostalCode: '10115',
      country: 'DE',
    });
    expect(request.provisioningParameters?.calling).toBeUndefined();
  });

  it('provisions a calling location at the billing address when one is given', () => {
    const request = toRequest(
      filled({ locationName: 'HQ', locationTimeZone: 'Europe/Berlin', locationLanguage: 'de_de' }),
    );
    expect(request.provisioningParameters?.calling?.location).toMatchObject({
      name: 'HQ',
      timezone: 'Europe/Berlin',
      address: { country: 'DE' },
    });
  });
});

describe('validate (the contract schema, issues on fields)', () => {
  it('passes a complete form', () => {
    expect(validate(toRequest(filled()), compileSchema)).toEqual({});
  });

  it('names every missing or malformed field', () => {
    expect(validate(toRequest(emptyValues()), compileSchema)).toMatchObject({
      'customerInfo.name': 'required',
      'customerInfo.primaryEmail': 'email',
      'address.country': 'required',
      packages: 'required',
      // Required by the contract, and unique: an empty one would pass once, then clash.
      externalId: 'required',
    });
    expect(
      validate(toRequest(filled({ country: 'deu', quantities: { webex_suite: '-1' } })), compileSchema),
    ).toEqual({
      'address.country': 'country',
      'packages.webex_suite': 'quantity',
    });
  });

  it('puts each bad quantity on its own package, and asks for a package only when none is chosen', () => {
    expect(
      validate(
        toRequest(filled({ quantities: { webex_suite: '-3', webex_calling: '1.5', webex_voice: '' } })),
        compileSchema,
      ),
    ).toEqual({ 'packages.webex_suite': 'quantity', 'packages.webex_calling': 'quantity' });
    // The contract's bounds: a whole number from 0 to 1,000,000 (MAX_QUANTITY).
    expect(
      validate(
        toRequest(filled({ quantities: { webex_suite: '1000001', webex_voice: 'abc' } })),
        compileSchema,
      ),
    ).toEqual({
      'packages.webex_suite': 'quantity',
      'packages.webex_voice': 'quantity',
    });
    expect(
      validate(
        toRequest(filled({ quantities: { webex_suite: '0', webex_voice: '1000000' } })),
        compileSchema,
      ),
    ).toEqual({});
    expect(validate(toRequest(filled({ quantities: { webex_suite: ' ' } })), compileSchema)).toEqual({
      packages: 'required',
    });
  });

  it('takes a country code in any case, sends it in upper case, and refuses anything but two letters', () => {
    expect(toRequest(filled({ country: ' de ' })).address.country).toBe('DE');
    expect(validate(toRequest(filled({ country: 'de' })), compileSchema)).toEqual({});
    expect(
      validate(
        toRequest(filled({ country: 'us', stateOrProvince: 'tx', zipOrPostalCode: '78701' })),
        compileSchema,
      ),
    ).toEqual({});
    // Only ASCII letters change case: "ß" would otherwise become "SS", a code the user never typed.
    expect(toRequest(filled({ country: 'ß' })).address.country).toBe('ß');
    for (const country of ['d', 'deu', 'ß', 'd1', '12'])
      expect(validate(toRequest(filled({ country })), compileSchema), country).toEqual({
        'address.country': 'country',
      });
    expect(validate(toRequest(filled({ country: '  ' })), compileSchema)).toEqual({
      'address.country': 'required',
    });
  });

  it('refuses two letters that are no ISO 3166-1 country before sending (decisions/0023)', () => {
    expect(validate(toRequest(filled({ country: 'xx' })), compileSchema)).toEqual({
      'address.country': 'unknown_country',
    });
    expect(validate(toRequest(filled({ country: 'UK' })), compileSchema)).toEqual({
      'address.country': 'unknown_country',
    });
    expect(validate(toRequest(filled({ country: 'vn' })), compileSchema)).toEqual({});
  });

  it('asks for the whole calling location once part of it is given', () => {
    expect(validate(toRequest(filled({ locationName: 'HQ' })), compileSchema)).toEqual({
      'calling.timezone': 'required',
      'calling.language': 'required',
    });
  });

  it("maps a server error's field to the form's field", () => {
    expect(fieldOf('address.country')).toBe('address.country');
    expect(fieldOf('packages[0]')).toBe('packages');
    expect(fieldOf('externalId')).toBe('externalId');
    // A refused quantity lands on its own package.
    expect(fieldOf('provisioningParameters.packages.limits.webex_calling')).toBe('packages.webex_calling');
    // The calling location is provisioned at the billing address: its address errors land there.
    expect(fieldOf('provisioningParameters.calling.location.address.zipOrPostalCode')).toBe(
      'address.zipOrPostalCode',
    );
  });
});

describe('per-country address rules (decisions/0007, the domain table)', () => {
  it.each<[string, Partial<OnboardingValues>, Record<string, string>]>([
    [
      'US needs a state from the list and a ZIP code',
      { country: 'US', zipOrPostalCode: '' },
      {
        'address.stateOrProvince': 'required',
        'address.zipOrPostalCode': 'required',
      },
    ],
    [
      'US refuses a state name',
      { country: 'US', stateOrProvince: 'Texas', zipOrPostalCode: '78701' },
      {
        'address.stateOrProvince': 'invalid_enum',
      },
    ],
    [
      'GB checks the postcode',
      { country: 'GB', zipOrPostalCode: '10115' },
      { 'address.zipOrPostalCode': 'invalid_format' },
    ],
    [
      'NL checks the postcode',
      { country: 'NL', zipOrPostalCode: '1012' },
      { 'address.zipOrPostalCode': 'invalid_format' },
    ],
    [
      'CA passes with province and postal code',
      { country: 'CA', stateOrProvince: 'on', zipOrPostalCode: 'M5V 2T6' },
      {},
    ],
    ['KW has no rules beyond the schema', { country: 'KW', zipOrPostalCode: '' }, {}],
  ])('%s', (_, patch, errors) => {
    expect(validate(toRequest(filled(patch)), compileSchema)).toEqual(errors);
  });

  it("leaves out a field the country's addresses do not use, and keeps the typed value", () => {
    const values = filled({ country: 'AE', zipOrPostalCode: '10115', stateOrProvince: 'Dubai' });
    expect(toRequest(values).address).toEqual({
      addressLine1: '1 Main St',
      city: 'Berlin',
      stateOrProvince: 'Dubai',
      country: 'AE',
    });
    expect(values.zipOrPostalCode).toBe('10115');
    expect(toRequest(filled({ stateOrProvince: 'Berlin' })).address).not.toHaveProperty('stateOrProvince');
  });
});
