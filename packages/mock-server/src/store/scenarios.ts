import type { CustomerStatus } from '@onramp/contract';
import { defaultSeed, PARTNER_ORG_ID, SEED_TIME } from './seed.js';
import { makeCustomer, makeOrg, makeSetup, makeSubscriber, makeUser, subscription } from './seed-builders.js';
import { customerOrgId, personId } from './seed-ids.js';
import { seedWorld } from './seed-world.js';
import type { SeedData, StoredCustomer, StoredOrg, StoredSubscriber, StoredUser } from './types.js';

const STATUSES: CustomerStatus[] = [
  'provisioned',
  'provisioned',
  'provisioned',
  'provisioned_with_errors',
  'provisioning',
  'pending_rpl_review',
  'error',
];

/** A seed factory: `now` is the virtual time the scenario is loaded at. */
export type Scenario = (now?: number) => SeedData;

/**
 * `scale`: the default world plus 10,000 wholesale customers with 100,000 subscribers, and a
 * customer org for each with `usersPerOrg` users (100,000 users), generated deterministically.
 * It is a load fixture: every customer has an org so that the user counts are round, including the
 * one in seven that is `pending_rpl_review` (which, by decision 0046, would have none yet; the
 * `default` scenario follows that rule exactly and is the one to use for behaviour).
 */
export function scaleSeed(customerCount = 10_000, subscribersPerCustomer = 10, usersPerOrg = 10): Scenario {
  return (now = SEED_TIME) => {
    const base = defaultSeed(now);
    const customers: StoredCustomer[] = [];
    const subscribers: StoredSubscriber[] = [];
    const orgs: StoredOrg[] = [];
    const users: StoredUser[] = [];
    for (let n = 101; n < 101 + customerCount; n++) {
      const customer = makeCustomer(
        {
          n,
          name: `Customer ${n}`,
          status: STATUSES[n % STATUSES.length] as CustomerStatus,
          limit: 1000,
        },
        now,
      );
      customers.push(customer);
      for (let i = 0; i < subscribersPerCustomer; i++)
        subscribers.push(makeSubscriber(customer, (n - 1) * subscribersPerCustomer + i + 1, i));
      const org = makeOrg(
        {
          id: customerOrgId(n),
          name: `Customer ${n}`,
          kind: 'customer',
          partnerOrgId: PARTNER_ORG_ID,
          services: ['contact_center', 'meetings'],
          subscription: subscription(
            { kind: 'subscription', orderReference: `CCW-${n}`, sourceId: `ord_${n}` },
            now,
          ),
          firstAdminUserId: personId(n * 100, 0xf),
        },
        now,
      );
      orgs.push(org);
      for (let i = 0; i < usersPerOrg; i++) {
        users.push(
          makeUser(
            {
              id: personId(n * 100 + i, 0xf),
              email: `user${i}@customer${n}.example.com`,
              first: `User${i}`,
              last: `Customer${n}`,
              orgId: org.id,
              roles: i === 0 ? ['full_admin'] : i === 1 ? ['service_admin'] : [],
              license: i % 3 === 0 ? 'cc_standard' : i % 3 === 1 ? 'cc_premium' : null,
            },
            now,
          ),
        );
      }
    }
    return {
      ...base,
      customers: [...base.customers, ...customers],
      subscribers: [...base.subscribers, ...subscribers],
      orgs: [...base.orgs, ...orgs],
      users: [...base.users, ...users],
      setups: [...base.setups, ...orgs.map((org) => makeSetup(org, {}, now))],
    };
  };
}

export const SCENARIOS = {
  default: (now = SEED_TIME) => defaultSeed(now),
  scale: scaleSeed(),
  /** Only the seeded actors and their orgs: for tests and demos that start from nothing. */
  empty: (now = SEED_TIME): SeedData => ({
    ...seedWorld(now),
    partnerOrgId: PARTNER_ORG_ID,
    customers: [],
    subscribers: [],
    subPartners: [],
    trials: [],
    orders: [],
    outbox: [],
    links: [],
  }),
} satisfies Record<string, Scenario>;

export type ScenarioName = keyof typeof SCENARIOS;

export function isScenarioName(name: string): name is ScenarioName {
  return Object.hasOwn(SCENARIOS, name);
}
