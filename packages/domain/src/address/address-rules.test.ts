import { describe, expect, it } from 'vitest';
import { ADDRESS_RULES, addressRuleFor, DEFAULT_ADDRESS_RULE } from './address-rules.js';

// decisions/0007, typed out: country → postal-code label, required, a valid and an invalid value.
describe('postal codes per country', () => {
  it.each<[string, string, boolean, string, string]>([
    ['US', 'zip_code', true, '95035-1234', '9503'],
    ['CA', 'postal_code', true, 'k1a 0b1', 'K1A 0B'],
    ['GB', 'postcode', true, 'EC1A 1BB', 'EC1A'],
    ['DE', 'postal_code', true, '10115', '1011'],
    ['NL', 'postcode', true, '1012JS', '0123 AB'],
    ['FR', 'postal_code', true, '75008', '7500A'],
    ['AU', 'postcode', true, '2000', '20000'],
    ['JP', 'postal_code', true, '1000001', '100-000'],
    ['BR', 'cep', true, '01310100', '0131-100'],
    ['IN', 'pin_code', true, '560001', '060001'],
    ['SE', 'postal_code', true, '111 52', '1115'],
    ['PL', 'postal_code', true, '00-950', '00950'],
    ['PT', 'postal_code', true, '1100-148', '1100'],
    ['ES', 'postal_code', true, '52001', '53001'],
    ['IE', 'eircode', false, 'D6W 1234', 'B12 3456'],
  ])('%s: %s, required %s; %s passes, %s does not', (country, label, required, valid, invalid) => {
    const rule = addressRuleFor(country).postalCode;
    expect(rule).toMatchObject({ label, required });
    expect(rule?.pattern?.test(valid)).toBe(true);
    expect(rule?.pattern?.test(invalid)).toBe(false);
    expect(rule?.pattern?.test(rule.example ?? '')).toBe(true);
  });

  it.each(['AE', 'HK', 'QA'])('%s addresses have no postal code', (country) => {
    expect(addressRuleFor(country).postalCode).toBeNull();
  });
});

describe('states and provinces per country', () => {
  it.each<[string, string, number, string]>([
    ['US', 'state', 59, 'TX'],
    ['CA', 'province_or_territory', 13, 'QC'],
    ['AU', 'state_or_territory', 8, 'NSW'],
    ['BR', 'state', 27, 'SP'],
  ])('%s: a %s from a fixed list of %i, e.g. %s', (country, label, count, example) => {
    const region = addressRuleFor(country).region;
    expect(region).toMatchObject({ label, required: true });
    expect(Object.keys(region?.choices ?? {})).toHaveLength(count);
    expect(region?.choices?.[example]).toBeTruthy();
  });

  it.each<[string, string, boolean]>([
    ['JP', 'prefecture', true],
    ['IN', 'state', true],
    ['MX', 'state', true],
    ['GB', 'county', false],
    ['IT', 'province', false],
  ])('%s: a free-text %s, required %s', (country, label, required) => {
    expect(addressRuleFor(country).region).toEqual({ label, required, choices: null });
  });

  it.each(['DE', 'FR', 'NL', 'SG', 'HK'])('%s addresses name no region', (country) => {
    expect(addressRuleFor(country).region).toBeNull();
  });
});

describe('addressRuleFor', () => {
  it('reads any case and falls back to the default for other countries', () => {
    expect(addressRuleFor(' us ')).toBe(ADDRESS_RULES.US);
    expect(addressRuleFor('KW')).toBe(DEFAULT_ADDRESS_RULE);
    expect(addressRuleFor(undefined)).toBe(DEFAULT_ADDRESS_RULE);
    expect(DEFAULT_ADDRESS_RULE).toEqual({
      postalCode: { label: 'postal_code', required: false },
      region: { label: 'state_or_province', required: false, choices: null },
    });
  });

  it('every example in the table passes its own pattern', () => {
    for (const [country, rule] of Object.entries(ADDRESS_RULES)) {
      const postal = rule.postalCode;
      if (postal?.pattern) expect(postal.pattern.test(postal.example ?? ''), country).toBe(true);
    }
  });
});
