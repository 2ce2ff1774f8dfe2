import { describe, expect, it } from 'vitest';
import {
  type CountryCompatibility,
  countryCompatibility,
  findCountry,
  type OrderFacts,
} from './country-lookup.js';

const SUBSCRIPTION: OrderFacts = { isTrial: false, ccai: false };
const TRIAL: OrderFacts = { isTrial: true, ccai: false };
const CCAI: OrderFacts = { isTrial: false, ccai: true };

describe('findCountry', () => {
  it('finds a country by code, case-insensitively', () => {
    expect(findCountry('de')).toMatchObject({
      code: 'DE',
      name: 'Germany',
      region: 'emea',
      dataCenter: 'eu',
    });
  });

  it('knows nothing of unsupported countries', () => {
    expect(findCountry('CN')).toBeUndefined();
    expect(findCountry('')).toBeUndefined();
  });
});

describe('countryCompatibility: "incompatible location" (DOMAIN §1.2)', () => {
  it.each<[string, OrderFacts, CountryCompatibility]>([
    ['US', SUBSCRIPTION, 'compatible'],
    ['US', TRIAL, 'compatible'],
    ['IN', SUBSCRIPTION, 'compatible'],
    ['IN', TRIAL, 'incompatible_location'],
    ['AE', SUBSCRIPTION, 'compatible'],
    ['AE', CCAI, 'incompatible_location'],
    ['SA', CCAI, 'incompatible_location'],
    ['XX', SUBSCRIPTION, 'unknown_country'],
  ])('%s for %j: %s', (code, order, expected) => {
    expect(countryCompatibility(code, order)).toBe(expected);
  });
});
