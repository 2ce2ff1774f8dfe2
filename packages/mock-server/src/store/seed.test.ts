import { validateAddress } from '@onramp/domain';
import { describe, expect, it } from 'vitest';
import { SCENARIOS, scaleSeed } from './scenarios.js';
import { makeCustomer } from './seed-builders.js';
import type { SeedCountry } from './seed-tables.js';

// A seeded customer's address is one the mock itself accepts (its country's rules): the panel's
// *Change billing address* opens on it, and saving it unchanged must not fail.
describe('seeded billing addresses', () => {
  const scenarios = { default: SCENARIOS.default, scale: scaleSeed(50, 1, 1), empty: SCENARIOS.empty };

  it.each(Object.entries(scenarios))(
    'every customer of the %s scenario has a valid address',
    (_, scenario) => {
      const invalid = scenario()
        .customers.map((customer) => ({ id: customer.externalId, issues: validateAddress(customer.address) }))
        .filter(({ issues }) => issues.length > 0);
      expect(invalid).toEqual([]);
    },
  );

  it.each<SeedCountry>(['US', 'DE', 'GB'])(
    'a %s customer gets that country, with its own rules met',
    (country) => {
      const customer = makeCustomer({ n: 42, name: 'Any', status: 'provisioned', country });
      expect(customer.address.country).toBe(country);
      expect(validateAddress(customer.address)).toEqual([]);
    },
  );
});
