import { describe, expect, it } from 'vitest';
import { DATA_CENTERS, REGIONS } from '../vocabulary.js';
import { COUNTRIES_OF_OPERATION } from './countries.js';

const codes = COUNTRIES_OF_OPERATION.map((country) => country.code);

describe('countries of operation (DOMAIN §1.3, data locality)', () => {
  it('lists about forty countries, each once, by ISO 3166-1 alpha-2 code', () => {
    expect(COUNTRIES_OF_OPERATION.length).toBeGreaterThanOrEqual(40);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{2}$/);
  });

  it.each(REGIONS)('has countries in the %s region', (region) => {
    expect(COUNTRIES_OF_OPERATION.some((country) => country.region === region)).toBe(true);
  });

  it('the Gulf region is exactly the five countries DOMAIN §1.3 names', () => {
    const gulf = COUNTRIES_OF_OPERATION.filter((country) => country.region === 'gulf').map(
      (country) => country.name,
    );
    expect(gulf.sort()).toEqual(['Bahrain', 'Jordan', 'Kuwait', 'Oman', 'Turkey']);
  });

  it.each<[string, string]>([
    ['US', 'us'],
    ['CA', 'ca'],
    ['GB', 'uk'],
    ['DE', 'eu'],
    ['JP', 'jp'],
    ['AU', 'au'],
    ['SG', 'sg'],
    ['SA', 'sa'],
    ['AE', 'ae'],
  ])('a country with its own data center uses it: %s → %s', (code, dataCenter) => {
    expect(COUNTRIES_OF_OPERATION.find((country) => country.code === code)?.dataCenter).toBe(dataCenter);
  });

  it.each<[string, string]>([
    ['MX', 'us'],
    ['BR', 'us'],
    ['NZ', 'au'],
    ['IN', 'sg'],
    ['KR', 'jp'],
    ['CH', 'eu'],
    ['TR', 'eu'],
    ['KW', 'sa'],
    ['OM', 'ae'],
    ['ZA', 'eu'],
  ])('a country without one uses the nearest: %s → %s', (code, dataCenter) => {
    expect(COUNTRIES_OF_OPERATION.find((country) => country.code === code)?.dataCenter).toBe(dataCenter);
  });

  it('every data center of the provider serves at least one country', () => {
    const used = new Set(COUNTRIES_OF_OPERATION.map((country) => country.dataCenter));
    expect([...DATA_CENTERS].filter((dataCenter) => !used.has(dataCenter))).toEqual([]);
  });

  it('every default time zone is a valid IANA id', () => {
    for (const country of COUNTRIES_OF_OPERATION) {
      expect(() => new Intl.DateTimeFormat('en', { timeZone: country.defaultTimeZone })).not.toThrow();
    }
  });

  it('platforms: most countries offer both, some only 1.0, some only the new platform', () => {
    const both = COUNTRIES_OF_OPERATION.filter((country) => country.platforms.length === 2);
    expect(both.length).toBeGreaterThan(COUNTRIES_OF_OPERATION.length / 2);
    expect(COUNTRIES_OF_OPERATION.find((country) => country.code === 'ZA')?.platforms).toEqual(['1.0']);
    expect(COUNTRIES_OF_OPERATION.find((country) => country.code === 'SA')?.platforms).toEqual([
      'new_platform',
    ]);
    for (const country of COUNTRIES_OF_OPERATION) expect(country.platforms.length).toBeGreaterThan(0);
  });

  it('at least one country refuses some orders (incompatible location)', () => {
    expect(COUNTRIES_OF_OPERATION.find((country) => country.code === 'IN')?.notOfferedFor).toEqual(['trial']);
    expect(COUNTRIES_OF_OPERATION.find((country) => country.code === 'AE')?.notOfferedFor).toEqual(['ccai']);
  });
});
