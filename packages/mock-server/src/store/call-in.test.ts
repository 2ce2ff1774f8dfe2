import { describe, expect, it } from 'vitest';
import { defaultCallInNumberFor } from './call-in.js';

describe('defaultCallInNumberFor (contract shape of the domain rule)', () => {
  it('answers E.164 with the dialling code of the number', () => {
    expect(defaultCallInNumberFor('US')).toMatchObject({
      number: '+14155550100',
      countryCode: '+1',
      source: 'org_country',
    });
    expect(defaultCallInNumberFor('NZ')).toMatchObject({
      countryCode: '+61',
      country: 'AU',
      source: 'location_default',
      location: 'ANZ',
    });
  });
  it('resolves a country outside the catalogue through its location (Ecuador, Viet Nam, Kenya)', () => {
    expect(defaultCallInNumberFor('EC')).toMatchObject({ country: 'US', location: 'AMER' });
    expect(defaultCallInNumberFor('VN')).toMatchObject({ country: 'SG', location: 'APAC' });
    expect(defaultCallInNumberFor('KE')).toMatchObject({ country: 'GB', location: 'EMEA' });
    expect(defaultCallInNumberFor('CZ')).toMatchObject({ country: 'DE', location: 'EURO' });
  });
  it('is undefined for a code that is not an ISO 3166-1 country', () => {
    expect(defaultCallInNumberFor('XX')).toBeUndefined();
  });
});
