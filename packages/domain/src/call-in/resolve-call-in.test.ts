import { describe, expect, it } from 'vitest';
import type { CallInLocation } from '../vocabulary.js';
import { resolveDefaultCallInNumber } from './resolve-call-in.js';
import {
  displayPhoneNumber,
  E164,
  SAMPLE_TELEPHONY_DOMAIN,
  type TelephonyDomain,
} from './telephony-domain.js';

describe('resolveDefaultCallInNumber (DOMAIN §3.3), with the sample telephony domain', () => {
  it('the org country has numbers: the first available one', () => {
    expect(resolveDefaultCallInNumber('US')).toEqual({
      number: '+14155550100',
      countryCode: '+1',
      country: 'US',
      source: 'org_country',
      location: 'AMER',
    });
    expect(resolveDefaultCallInNumber('fr')).toMatchObject({
      number: '+33199000100',
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
    expect(resolved).toMatchObject({
      source: 'location_default',
      location,
      country: defaultCountry,
      countryCode,
    });
    expect(resolved?.number.startsWith(countryCode)).toBe(true);
  });

  it('a country whose numbers are all unavailable falls back too', () => {
    expect(resolveDefaultCallInNumber('NL')).toMatchObject({ source: 'location_default', country: 'DE' });
  });

  it('AMER falls back to Canada when the domain has no US number', () => {
    const domain: TelephonyDomain = [
      { country: 'CA', number: '+16045550100', countryCode: '+1', available: true },
    ];
    expect(resolveDefaultCallInNumber('BR', domain)).toMatchObject({
      number: '+16045550100',
      country: 'CA',
    });
  });

  it('every number of the sample domain is E.164 and starts with its calling code', () => {
    for (const entry of SAMPLE_TELEPHONY_DOMAIN) {
      expect(entry.number).toMatch(E164);
      expect(entry.number.startsWith(entry.countryCode)).toBe(true);
    }
  });

  it('null for a code that is not an ISO 3166-1 country, or a domain lacking the default', () => {
    expect(resolveDefaultCallInNumber('XX')).toBeNull();
    expect(resolveDefaultCallInNumber('NZ', [])).toBeNull();
  });
});

describe('displayPhoneNumber (display only; the wire keeps E.164)', () => {
  it.each([
    ['+14155550100', '+1', '+1 415 555 0100'],
    ['+442079460100', '+44', '+44 20 7946 0100'],
    ['+6565550100', '+65', '+65 6555 0100'],
    ['+4930 5555', '+49', '+4930 5555'],
  ])('%s reads %s', (number, code, shown) => {
    expect(displayPhoneNumber(number, code)).toBe(shown);
  });
});
