import { describe, expect, it } from 'vitest';
import { defaultCallInNumberFor } from './call-in.js';

describe('defaultCallInNumberFor (contract shape of the domain rule)', () => {
  it('adds the dialling code of the number', () => {
    expect(defaultCallInNumberFor('US')).toMatchObject({ countryCode: '+1', source: 'org_country' });
    expect(defaultCallInNumberFor('NZ')).toMatchObject({
      countryCode: '+61',
      country: 'AU',
      source: 'location_default',
      location: 'ANZ',
    });
  });
  it('is undefined for a country outside the location table', () => {
    expect(defaultCallInNumberFor('AQ')).toBeUndefined();
  });
});
