import type { CustomerStatus, SubscriberPackage, WholesalePackage } from '@onramp/contract';
import { defaultCallInNumberFor } from '../glue/call-in.js';
import { counterUuid, encodeId } from './ids.js';
import { customerOrgId, PARTNER_ORG_ID, SEED_TIME } from './seed-ids.js';
import { seedWorld } from './seed-world.js';
import type { SeedData, StoredCustomer, StoredSubscriber } from './types.js';

export { customerOrgId, PARTNER_ORG_ID, SEED_TIME } from './seed-ids.js';

export interface CustomerSeed {
  n: number;
  name: string;
  status: CustomerStatus;
  country?: string;
  packages?: WholesalePackage[];
  limit?: number;
}

export function makeCustomer(seed: CustomerSeed): StoredCustomer {
  const uuid = counterUuid(seed.n, 0xc);
  const country = seed.country ?? 'US';
  const packages = seed.packages ?? ['webex_calling', 'webex_meetings', 'webex_suite'];
  const created = SEED_TIME - (seed.n % 1000) * 3_600_000;
  const callIn = defaultCallInNumberFor(country);
  const customer: StoredCustomer = {
    id: encodeId('CUSTOMER', uuid),
    orgId: customerOrgId(seed.n),
    partnerOrgId: PARTNER_ORG_ID,
    provisioningId: `prov-${seed.n}`,
    externalId: `ext-${seed.n}`,
    address: { addressLine1: `${100 + (seed.n % 900)} Market Street`, city: 'Springfield', country },
    status: seed.status,
    packages,
    packageLimits: Object.fromEntries(packages.map((p) => [p, seed.limit ?? 50])),
    customerInfo: {
      name: seed.name,
      primaryEmail: `admin${seed.n}@customer${seed.n}.example.com`,
      language: 'en',
    },
    ...(callIn ? { defaultCallInNumber: callIn } : {}),
    rplReview: { result: 'clear', checkedAt: new Date(created).toISOString(), trigger: 'created' },
    createdAt: created,
    lastStatusChange: created,
  };
  if (seed.status === 'pending_rpl_review') {
    customer.rplReview = {
      result: 'listed',
      checkedAt: new Date(created).toISOString(),
      trigger: 'created',
      reviewStatus: 'pending',
      reviewDeadline: new Date(created + 72 * 3_600_000).toISOString(),
    };
  }
  if (seed.status === 'error')
    customer.errors = [{ errorCode: 4000, description: 'Provisioning failed; contact partner support.' }];
  return customer;
}

const SUBSCRIBER_PACKAGES: SubscriberPackage[] = ['webex_calling', 'webex_meetings', 'webex_suite'];

export function makeSubscriber(customer: StoredCustomer, n: number, i: number): StoredSubscriber {
  const uuid = counterUuid(n, 0x5);
  return {
    id: encodeId('SUBSCRIBER', uuid),
    personId: encodeId('PEOPLE', uuid),
    email: `user${i}@${customer.externalId}.example.com`,
    customerId: customer.id,
    externalCustomerId: customer.externalId,
    package: SUBSCRIBER_PACKAGES[i % SUBSCRIBER_PACKAGES.length] as SubscriberPackage,
    status: 'provisioned',
    firstName: `User${i}`,
    lastName: customer.customerInfo?.name.split(' ')[0] ?? 'Customer',
    created: customer.createdAt + 60_000,
    lastStatusChange: customer.createdAt + 60_000,
  };
}

/** The `default` scenario: one partner org, a customer in every wholesale status, a few subscribers. */
export function defaultSeed(now: number = SEED_TIME): SeedData {
  const customers = [
    makeCustomer({ n: 1, name: "John's Pizza", status: 'provisioned' }),
    makeCustomer({ n: 2, name: 'Berlin Bakery GmbH', status: 'provisioned', country: 'DE' }),
    makeCustomer({ n: 3, name: 'Harbour Freight Ltd', status: 'provisioned_with_errors', country: 'GB' }),
    makeCustomer({ n: 4, name: 'Sunrise Dental', status: 'provisioning' }),
    makeCustomer({ n: 5, name: 'Northwind rpl-listed Traders', status: 'pending_rpl_review' }),
    makeCustomer({ n: 6, name: 'Broken Arrow Inc', status: 'error' }),
    // A customer with a tiny quantity, to show the 409 when the package is used up.
    makeCustomer({ n: 7, name: 'Tiny Shop', status: 'provisioned', packages: ['webex_calling'], limit: 2 }),
  ];
  // A review seeded as pending started an hour before the scenario loads, so it can still be decided.
  for (const customer of customers) {
    if (customer.rplReview?.reviewStatus !== 'pending') continue;
    customer.rplReview = {
      ...customer.rplReview,
      checkedAt: new Date(now - 3_600_000).toISOString(),
      reviewDeadline: new Date(now + 71 * 3_600_000).toISOString(),
    };
  }
  const subscribers: StoredSubscriber[] = [];
  let n = 1;
  for (const customer of customers.slice(0, 3)) {
    for (let i = 0; i < 3; i++) subscribers.push(makeSubscriber(customer, n++, i));
  }
  const tiny = customers[6] as StoredCustomer;
  subscribers.push({ ...makeSubscriber(tiny, n++, 0), package: 'webex_calling' });
  return {
    partnerOrgId: PARTNER_ORG_ID,
    ...seedWorld(now),
    customers,
    subscribers,
    subPartners: [
      {
        orgId: encodeId('ORGANIZATION', counterUuid(3, 0xa)),
        subscriptionId: 'sub-1',
        provisioningState: 'active',
        created: '2024-06-01T00:00:00.000Z',
        billingStartDate: '2024-07-01T00:00:00.000Z',
      },
      {
        orgId: encodeId('ORGANIZATION', counterUuid(4, 0xa)),
        subscriptionId: 'sub-2',
        provisioningState: 'suspended',
        created: '2024-08-01T00:00:00.000Z',
        billingStartDate: '2024-09-01T00:00:00.000Z',
      },
    ],
  };
}
