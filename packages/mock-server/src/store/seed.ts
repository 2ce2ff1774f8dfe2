import type { CustomerStatus, SubscriberPackage, WholesalePackage } from '@onramp/contract';
import { servicesOfPackages } from '@onramp/domain';
import { defaultCallInNumberFor } from './call-in.js';
import { counterUuid, encodeId } from './ids.js';
import { customerOrgId, PARTNER_ORG_ID, personId, SEED_TIME } from './seed-ids.js';
import { seedWorld } from './seed-world.js';
import type { SeedData, StoredCustomer, StoredOrg, StoredSubscriber, StoredUser } from './types.js';
import { wholesaleCustomerOrg, wholesaleFirstAdmin } from './wholesale-org.js';

export { customerOrgId, PARTNER_ORG_ID, SEED_TIME } from './seed-ids.js';

/**
 * A billing address per country a seed uses, valid by that country's rules (the domain's
 * `validateAddress`: a US state and ZIP code, a German or British postcode), so a seeded customer's
 * *Change billing address* form opens on an address the mock itself would accept.
 */
const SEED_ADDRESSES = {
  US: (n: number) => ({
    addressLine1: `${100 + (n % 900)} Market Street`,
    city: 'Springfield',
    stateOrProvince: 'IL',
    zipOrPostalCode: '62701',
  }),
  DE: (n: number) => ({
    addressLine1: `Hauptstraße ${1 + (n % 200)}`,
    city: 'Berlin',
    zipOrPostalCode: '10115',
  }),
  GB: (n: number) => ({
    addressLine1: `${1 + (n % 200)} High Street`,
    city: 'London',
    zipOrPostalCode: 'SW1A 1AA',
  }),
} as const;
export type SeedCountry = keyof typeof SEED_ADDRESSES;

export interface CustomerSeed {
  n: number;
  name: string;
  status: CustomerStatus;
  country?: SeedCountry;
  packages?: WholesalePackage[];
  limit?: number;
}

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/**
 * A seeded customer, dated relative to `now` (the virtual time the scenario is loaded at) so the
 * panel's timeline reads plausibly whatever the clock's start: a settled customer (provisioned, with
 * errors, failed) was created about three months before it, in the days after its customer org (the
 * designed world's were created 90 days before: created earlier, provisioning would have made the
 * org then, decisions/0046), and provisioning took the mock's three minutes; a customer still
 * provisioning started a minute ago; a listed one has waited an hour for its review (72 hours to go).
 */
export function makeCustomer(seed: CustomerSeed, now: number = SEED_TIME): StoredCustomer {
  const uuid = counterUuid(seed.n, 0xc);
  const country = seed.country ?? 'US';
  const packages = seed.packages ?? ['webex_calling', 'webex_meetings', 'webex_suite'];
  const created =
    seed.status === 'provisioning'
      ? now - MINUTE
      : seed.status === 'pending_rpl_review'
        ? now - HOUR
        : now - 90 * DAY + (seed.n % 1000) * HOUR;
  const settled = seed.status !== 'provisioning' && seed.status !== 'pending_rpl_review';
  const callIn = defaultCallInNumberFor(country);
  const customer: StoredCustomer = {
    id: encodeId('CUSTOMER', uuid),
    orgId: customerOrgId(seed.n),
    partnerOrgId: PARTNER_ORG_ID,
    provisioningId: `prov-${seed.n}`,
    externalId: `ext-${seed.n}`,
    address: { ...SEED_ADDRESSES[country](seed.n), country },
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
    // Provisioning (and its failure) took the mock's three minutes (PROVISIONING_MS).
    lastStatusChange: settled ? created + 3 * MINUTE : created,
  };
  if (seed.status === 'pending_rpl_review') {
    customer.rplReview = {
      result: 'listed',
      checkedAt: new Date(created).toISOString(),
      trigger: 'created',
      reviewStatus: 'pending',
      reviewDeadline: new Date(created + 72 * HOUR).toISOString(),
    };
  }
  if (seed.status === 'error')
    customer.errors = [{ errorCode: 4000, description: 'Provisioning failed; contact partner support.' }];
  return customer;
}

/**
 * The customer orgs of seeded customers past the point where one exists (every status but
 * `pending_rpl_review`, DOMAIN §3.2 and decisions/0046) that the designed world does not already
 * give one: built as a new customer's org is, created with the customer, its first admin (from
 * `primaryEmail`) long activated.
 */
export function seededCustomerOrgs(
  seeded: readonly { n: number; customer: StoredCustomer }[],
  existing: ReadonlySet<string>,
): { orgs: StoredOrg[]; users: StoredUser[] } {
  const orgs: StoredOrg[] = [];
  const users: StoredUser[] = [];
  for (const { n, customer } of seeded) {
    if (customer.status === 'pending_rpl_review' || existing.has(customer.orgId)) continue;
    const services = servicesOfPackages(customer.packages);
    const email = customer.customerInfo?.primaryEmail;
    // Namespace 0xb: the first admins of seeded wholesale customers' orgs.
    const admin = email
      ? wholesaleFirstAdmin(customer, email, personId(n, 0xb), services, {
          status: 'verified',
          createdAt: customer.createdAt,
        })
      : undefined;
    orgs.push(wholesaleCustomerOrg(customer, services, admin?.id ?? null, customer.createdAt));
    if (admin) users.push(admin);
  }
  return { orgs, users };
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
    created: customer.lastStatusChange + MINUTE,
    lastStatusChange: customer.lastStatusChange + MINUTE,
  };
}

/** The `default` scenario: one partner org, a customer in every wholesale status, a few subscribers. */
export function defaultSeed(now: number = SEED_TIME): SeedData {
  const customers = [
    makeCustomer({ n: 1, name: "John's Pizza", status: 'provisioned' }, now),
    makeCustomer({ n: 2, name: 'Berlin Bakery GmbH', status: 'provisioned', country: 'DE' }, now),
    makeCustomer(
      { n: 3, name: 'Harbour Freight Ltd', status: 'provisioned_with_errors', country: 'GB' },
      now,
    ),
    makeCustomer({ n: 4, name: 'Sunrise Dental', status: 'provisioning' }, now),
    // Listed: its review started an hour before the scenario loads, so it can still be decided.
    makeCustomer({ n: 5, name: 'Northwind rpl-listed Traders', status: 'pending_rpl_review' }, now),
    makeCustomer({ n: 6, name: 'Broken Arrow Inc', status: 'error' }, now),
    // A customer with a tiny quantity, to show the 409 when the package is used up.
    makeCustomer(
      { n: 7, name: 'Tiny Shop', status: 'provisioned', packages: ['webex_calling'], limit: 2 },
      now,
    ),
  ];
  const subscribers: StoredSubscriber[] = [];
  let n = 1;
  for (const customer of customers.slice(0, 3)) {
    for (let i = 0; i < 3; i++) subscribers.push(makeSubscriber(customer, n++, i));
  }
  const tiny = customers[6] as StoredCustomer;
  subscribers.push({ ...makeSubscriber(tiny, n++, 0), package: 'webex_calling' });
  const world = seedWorld(now);
  const wholesaleOrgs = seededCustomerOrgs(
    customers.map((customer, i) => ({ n: i + 1, customer })),
    new Set(world.orgs.map((org) => org.id)),
  );
  return {
    partnerOrgId: PARTNER_ORG_ID,
    ...world,
    orgs: [...world.orgs, ...wholesaleOrgs.orgs],
    users: [...world.users, ...wholesaleOrgs.users],
    customers,
    subscribers,
    subPartners: [
      {
        orgId: encodeId('ORGANIZATION', counterUuid(3, 0xa)),
        subscriptionId: 'sub-1',
        provisioningState: 'active',
        created: new Date(now - 180 * DAY).toISOString(),
        billingStartDate: new Date(now - 150 * DAY).toISOString(),
      },
      {
        orgId: encodeId('ORGANIZATION', counterUuid(4, 0xa)),
        subscriptionId: 'sub-2',
        provisioningState: 'suspended',
        created: new Date(now - 120 * DAY).toISOString(),
        billingStartDate: new Date(now - 90 * DAY).toISOString(),
      },
    ],
  };
}
