import { describe, expect, it } from 'vitest';
import type { CallInLocation } from '../vocabulary.js';
import { resolveDefaultCallInNumber } from './resolve-call-in.js';
import type { TelephonyDomain } from './telephony-domain.js';

describe('resolveDefaultCallInNumber (DOMAIN §3.3), with the sample telephony domain', () => {
  it('the org country has numbers: the first available one', () => {
    expect(resolveDefaultCallInNumber('US')).toEqual({
      number: '+1 415 555 0100',
      country: 'US',
      source: 'org_country',
      location: 'AMER',
    });
    expect(resolveDefaultCallInNumber('fr')).toMatchObject({
      number: '+33 1 99 00 01 00',
      source: 'org_country',
    });
  });

  // One country per row of the table that has no number of its own in the sample domain.
  it.each<[string, CallInLocation, string, string]>([
    ['MX', 'AMER', '+1', 'US'],
    ['MY', 'APAC', '+65', 'SG'],
    ['NZ', 'ANZ', '+61', 'AU'],
    ['ZA', 'EMEA', '+44', 'GB'],
    ['IT', 'EURO', '+49', 'DE'],
  ])('%s has none: the default of %s (%s, %s)', (country, location, countryCode, defaultCountry) => {
    const resolved = resolveDefaultCallInNumber(country);
    expect(resolved).toMatchObject({ source: 'location_default', location, country: defaultCountry });
    expect(resolved?.number.startsWith(`${countryCode} `)).toBe(true);
  });

  it('a country whose numbers are all unavailable falls back too', () => {
    expect(resolveDefaultCallInNumber('NL')).toMatchObject({ source: 'location_default', country: 'DE' });
  });

  it('AMER falls back to Canada when the domain has no US number', () => {
    const domain: TelephonyDomain = [{ country: 'CA', number: '+1 604 555 0100', available: true }];
    expect(resolveDefaultCallInNumber('BR', domain)).toMatchObject({
      number: '+1 604 555 0100',
      country: 'CA',
    });
  });

  it('null for a country outside the location table without numbers, or a domain lacking the default', () => {
    expect(resolveDefaultCallInNumber('XX')).toBeNull();
    expect(resolveDefaultCallInNumber('NZ', [])).toBeNull();
  });
});
