import type { CustomerStatus } from '@onramp/contract';
import { defaultSeed, makeCustomer, makeSubscriber, PARTNER_ORG_ID, seedActors } from './seed.js';
import type { SeedData, StoredCustomer, StoredSubscriber } from './types.js';

const STATUSES: CustomerStatus[] = [
  'provisioned',
  'provisioned',
  'provisioned',
  'provisioned_with_errors',
  'provisioning',
  'pending_rpl_review',
  'error',
];

/** `scale`: 10,000 customers and 100,000 subscribers, generated deterministically (same ids every run). */
export function scaleSeed(customerCount = 10_000, subscribersPerCustomer = 10): SeedData {
  const customers: StoredCustomer[] = [];
  const subscribers: StoredSubscriber[] = [];
  for (let n = 1; n <= customerCount; n++) {
    const customer = makeCustomer({
      n,
      name: `Customer ${n}`,
      status: STATUSES[n % STATUSES.length] as CustomerStatus,
      limit: 1000,
    });
    customers.push(customer);
    for (let i = 0; i < subscribersPerCustomer; i++)
      subscribers.push(makeSubscriber(customer, (n - 1) * subscribersPerCustomer + i + 1, i));
  }
  return {
    partnerOrgId: PARTNER_ORG_ID,
    actors: seedActors(),
    customers,
    subscribers,
    subPartners: defaultSeed().subPartners,
  };
}

export const SCENARIOS = {
  default: () => defaultSeed(),
  scale: () => scaleSeed(),
  /** Only the actors: for tests and demos that start from nothing. */
  empty: (): SeedData => ({
    partnerOrgId: PARTNER_ORG_ID,
    actors: seedActors(),
    customers: [],
    subscribers: [],
    subPartners: [],
  }),
} satisfies Record<string, () => SeedData>;

export type ScenarioName = keyof typeof SCENARIOS;

export function isScenarioName(name: string): name is ScenarioName {
  return Object.hasOwn(SCENARIOS, name);
}
