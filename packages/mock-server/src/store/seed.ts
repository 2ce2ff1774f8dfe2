import type { CustomerStatus, SubscriberPackage, WholesalePackage } from '@onramp/contract';
import { resolveDefaultCallInNumber } from '../rules/call-in.js';
import { counterUuid, encodeId } from './ids.js';
import type { SeedData, StoredActor, StoredCustomer, StoredSubscriber } from './types.js';

/** Seeded virtual time: 2025-01-01T00:00:00Z, so the seed's dates never depend on the run. */
export const SEED_TIME = Date.UTC(2025, 0, 1);

export const PARTNER_ORG_ID = encodeId('ORGANIZATION', counterUuid(1, 0xa));

/** The seeded actors; each one's bearer token is its `token` (see the package README). */
export function seedActors(): StoredActor[] {
  const partner = (
    token: string,
    role: StoredActor['role'],
    displayName: string,
    n: number,
  ): StoredActor => ({
    token,
    role,
    displayName,
    userId: encodeId('PEOPLE', counterUuid(n, 0xa)),
    orgId: PARTNER_ORG_ID,
    orgKind: 'partner',
  });
  return [
    partner('partner-full-admin', 'full_admin', 'Pat Partner (full admin)', 1),
    partner('partner-provisioning-admin', 'provisioning_admin', 'Priya Provisioner (provisioning admin)', 2),
    partner('partner-read-only-admin', 'read_only_admin', 'Rita Reader (read-only admin)', 3),
    partner('partner-service-admin', 'service_admin', 'Sam Service (service admin)', 4),
    {
      token: 'customer-full-admin',
      role: 'full_admin',
      displayName: 'Carla Customer (full admin)',
      userId: encodeId('PEOPLE', counterUuid(5, 0xa)),
      orgId: encodeId('ORGANIZATION', counterUuid(2, 0xa)),
      orgKind: 'customer',
    },
  ];
}

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
  const customer: StoredCustomer = {
    id: encodeId('CUSTOMER', uuid),
    orgId: encodeId('ORGANIZATION', uuid),
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
    defaultCallInNumber: resolveDefaultCallInNumber(country),
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
export function defaultSeed(): SeedData {
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
  const subscribers: StoredSubscriber[] = [];
  let n = 1;
  for (const customer of customers.slice(0, 3)) {
    for (let i = 0; i < 3; i++) subscribers.push(makeSubscriber(customer, n++, i));
  }
  const tiny = customers[6] as StoredCustomer;
  subscribers.push({ ...makeSubscriber(tiny, n++, 0), package: 'webex_calling' });
  return {
    partnerOrgId: PARTNER_ORG_ID,
    actors: seedActors(),
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
