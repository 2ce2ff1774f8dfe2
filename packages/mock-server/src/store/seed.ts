import { counterUuid, encodeId } from './ids.js';
import { makeCustomer, makeSubscriber, seededCustomerOrgs } from './seed-builders.js';
import { PARTNER_ORG_ID, SEED_TIME } from './seed-ids.js';
import { CUSTOMERS, SUB_PARTNERS, SUBSCRIBERS } from './seed-tables.js';
import { seedWorld } from './seed-world.js';
import type { SeedData, StoredCustomer } from './types.js';

export { customerOrgId, PARTNER_ORG_ID, SEED_TIME } from './seed-ids.js';

/** The `default` scenario: one partner org, a customer in every wholesale status, a few subscribers. */
export function defaultSeed(now: number = SEED_TIME): SeedData {
  // Copies of the rows: the store changes its records in place, never the tables.
  const customers = structuredClone(CUSTOMERS).map((row) => makeCustomer(row, now));
  const byN = new Map(CUSTOMERS.map((row, i) => [row.n, customers[i] as StoredCustomer]));
  const subscribers = SUBSCRIBERS.map((row) => {
    const subscriber = makeSubscriber(byN.get(row.customer) as StoredCustomer, row.n, row.i);
    return 'package' in row ? { ...subscriber, package: row.package } : subscriber;
  });
  const world = seedWorld(now);
  const wholesaleOrgs = seededCustomerOrgs(
    CUSTOMERS.map((row, i) => ({ n: row.n, customer: customers[i] as StoredCustomer })),
    new Set(world.orgs.map((org) => org.id)),
  );
  return {
    partnerOrgId: PARTNER_ORG_ID,
    ...world,
    orgs: [...world.orgs, ...wholesaleOrgs.orgs],
    users: [...world.users, ...wholesaleOrgs.users],
    customers,
    subscribers,
    subPartners: SUB_PARTNERS.map(({ n, createdAgo, billingStartedAgo, ...subPartner }) => ({
      orgId: encodeId('ORGANIZATION', counterUuid(n, 0xa)),
      ...subPartner,
      created: new Date(now - createdAgo).toISOString(),
      billingStartDate: new Date(now - billingStartedAgo).toISOString(),
    })),
  };
}
