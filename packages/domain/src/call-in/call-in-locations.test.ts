import { describe, expect, it } from 'vitest';
import { COUNTRIES_OF_OPERATION } from '../catalogue/countries.js';
import type { CallInLocation } from '../vocabulary.js';
import { CALL_IN_LOCATION_DEFAULTS, callInLocationOf } from './call-in-locations.js';

// DOMAIN §3.3, the table typed out: location → country code → country.
describe('location defaults (DOMAIN §3.3)', () => {
  it.each<[CallInLocation, string, string[]]>([
    ['AMER', '+1', ['US', 'CA']],
    ['APAC', '+65', ['SG']],
    ['ANZ', '+61', ['AU']],
    ['EMEA', '+44', ['GB']],
    ['EURO', '+49', ['DE']],
  ])('%s: %s, %j', (location, countryCode, countries) => {
    expect(CALL_IN_LOCATION_DEFAULTS[location]).toEqual({ countryCode, countries });
  });
});

describe('callInLocationOf', () => {
  it.each<[string, CallInLocation]>([
    ['US', 'AMER'],
    ['br', 'AMER'],
    ['JP', 'APAC'],
    ['NZ', 'ANZ'],
    ['GB', 'EMEA'],
    ['ZA', 'EMEA'],
    ['FR', 'EURO'],
    ['NL', 'EURO'],
  ])('%s is in %s', (country, location) => {
    expect(callInLocationOf(country)).toBe(location);
  });

  it('covers every supported country of operation', () => {
    const missing = COUNTRIES_OF_OPERATION.filter((country) => callInLocationOf(country.code) === null);
    expect(missing.map((country) => country.code)).toEqual([]);
  });

  it('knows no location for an unknown country', () => {
    expect(callInLocationOf('XX')).toBeNull();
  });
});
