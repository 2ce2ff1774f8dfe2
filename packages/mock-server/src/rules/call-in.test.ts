import { describe, expect, it } from 'vitest';
import { LOCATION_DEFAULTS, resolveDefaultCallInNumber } from './call-in.js';

describe('resolveDefaultCallInNumber', () => {
  it("uses the org country's first dial-in number when the telephony domain has one", () => {
    expect(resolveDefaultCallInNumber('US')).toMatchObject({
      number: '+1-408-555-0100',
      countryCode: '+1',
      source: 'org_country',
    });
  });

  it.each([
    ['BR', 'AMER', '+1'],
    ['IN', 'APAC', '+65'],
    ['NZ', 'ANZ', '+61'],
    ['ZA', 'EMEA', '+44'],
    ['AT', 'EURO', '+49'],
  ] as const)('falls back to the location default for %s (%s, %s)', (country, location, code) => {
    expect(resolveDefaultCallInNumber(country)).toEqual({
      number: LOCATION_DEFAULTS[location].number,
      countryCode: code,
      country: LOCATION_DEFAULTS[location].country,
      source: 'location_default',
      location,
    });
  });
});
