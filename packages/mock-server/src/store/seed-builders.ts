import type { LicenseQuantity, SubscriberPackage } from '@onramp/contract';
import {
  EMPTY_ANSWERS,
  hasWebexCalling,
  type SetupAnswers,
  type SetupState,
  servicesOfPackages,
} from '@onramp/domain';
import { defaultCallInNumberFor } from './call-in.js';
import { counterUuid, encodeId } from './ids.js';
import { welcomeEmailSent } from './onboarding.js';
import { customerOrgId, PARTNER_ORG_ID, personId, SEED_TIME } from './seed-ids.js';
import {
  type CustomerSeed,
  ORDERS_MAPPED_AGO,
  type OrderRow,
  type OrgRow,
  SEED_SETUP_PROVISIONING_MS,
  type SeedCountry,
  type SetupRow,
  type UserRow,
} from './seed-tables.js';
import type {
  StoredCustomer,
  StoredOrder,
  StoredOrg,
  StoredSetup,
  StoredSubscriber,
  StoredSubscription,
  StoredUser,
} from './types.js';
import { wholesaleCustomerOrg, wholesaleFirstAdmin } from './wholesale-org.js';

// How a row of `seed-tables.ts` becomes a stored record: defaults, ids and dates relative to `now`
// (the virtual time the scenario loads at). No rule of the product is decided here; the few that
// shape a record come from `@onramp/domain` (`hasWebexCalling`, `servicesOfPackages`).

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

export function makeOrg(fields: Partial<StoredOrg> & Pick<StoredOrg, 'id' | 'name' | 'kind'>, now: number) {
  const org: StoredOrg = {
    country: 'US',
    partnerOrgId: null,
    hasOwnContactCenter: false,
    provisioningAccessTo: [],
    services: ['meetings', 'messaging'],
    subscription: null,
    firstAdminUserId: null,
    degraded: [],
    createdAt: now - 90 * DAY,
    ...fields,
  };
  return org;
}

/** A user as `makeUser` stores it: the row's person fields, under its id. */
export type UserSeed = Pick<
  UserRow,
  'email' | 'first' | 'last' | 'orgId' | 'roles' | 'license' | 'status' | 'services'
> & { id: string };

export function makeUser(seed: UserSeed, now: number): StoredUser {
  return {
    id: seed.id,
    email: seed.email,
    firstName: seed.first,
    lastName: seed.last,
    orgId: seed.orgId,
    status: seed.status ?? 'verified',
    roles: seed.roles ?? [],
    license: seed.license ?? null,
    services: seed.services ?? ['meetings', 'messaging'],
    version: 1,
    createdAt: now - 30 * DAY,
  };
}

export function subscription(
  fields: Partial<StoredSubscription> & Pick<StoredSubscription, 'kind' | 'orderReference' | 'sourceId'>,
  now: number,
): StoredSubscription {
  const licenses: LicenseQuantity[] = [
    { license: 'cc_standard', quantity: 25 },
    { license: 'cc_premium', quantity: 10 },
  ];
  return {
    licenses,
    ccai: false,
    ciscoPstnAddOn: false,
    orderCountry: 'US',
    startedAt: now - 20 * DAY,
    endsAt: fields.kind === 'trial' ? now + 10 * DAY : null,
    ...fields,
  };
}

/** A stored setup in a given state; the context comes from the org's subscription. */
export function makeSetup(
  org: StoredOrg,
  state: Partial<Omit<SetupState, 'answers'>> & { answers?: Partial<SetupAnswers> },
  now: number,
  furthest = state.step ?? 'summary',
): StoredSetup {
  const order = org.subscription;
  return {
    orgId: org.id,
    state: {
      status: state.status ?? 'not_started',
      step: state.step ?? 'summary',
      answers: { ...EMPTY_ANSWERS, ...state.answers },
    },
    context: {
      isTrial: order?.kind === 'trial',
      ccai: order?.ccai ?? false,
      ciscoPstnAddOn: order?.ciscoPstnAddOn ?? false,
      mappedCountry: order?.orderCountry ?? null,
      webexCalling: hasWebexCalling(org),
    },
    furthest,
    provisioning: null,
    version: 1,
    updatedAt: now - DAY,
  };
}

/**
 * A submitted setup with the provisioning run the mock's submit starts (five virtual minutes),
 * begun at `startedAt`: still running, or ended as the setup's status says (completed, or failed;
 * either way with its finish). Its `updatedAt` is its last change, the submit or the run's end, as the mock's
 * own setups have it, so the wizard and *Monitoring* date the run where it happened.
 */
export function withProvisioningRun(setup: StoredSetup, startedAt: number): StoredSetup {
  const finishAt = startedAt + SEED_SETUP_PROVISIONING_MS;
  const { status } = setup.state;
  return {
    ...setup,
    provisioning: {
      startedAt,
      finishAt,
      finishedAt: status === 'completed' || status === 'failed' ? finishAt : null,
      fails: status === 'failed',
    },
    updatedAt: status === 'completed' || status === 'failed' ? finishAt : startedAt,
  };
}

/** An org of the designed world; a managed one is a customer org of the partner. */
export function orgFrom(row: OrgRow, now: number): StoredOrg {
  const { managed, subscription: bought, firstAdmin, ...fields } = row;
  return makeOrg(
    {
      ...fields,
      ...(managed ? { partnerOrgId: PARTNER_ORG_ID } : {}),
      ...(bought ? { subscription: subscriptionFrom(bought, now) } : {}),
      ...(firstAdmin !== undefined ? { firstAdminUserId: personId(firstAdmin) } : {}),
    },
    now,
  );
}

function subscriptionFrom(row: NonNullable<OrgRow['subscription']>, now: number): StoredSubscription {
  if ('trial' in row)
    return subscription(
      {
        kind: 'trial',
        orderReference: row.trial,
        sourceId: row.trial,
        startedAt: now - row.startedAgo,
        endsAt: now - row.startedAgo + row.days * DAY,
      },
      now,
    );
  const { order, ...extra } = row;
  return subscription(
    {
      kind: 'subscription',
      orderReference: `CCW-10452${order}`,
      sourceId: `ord_${2000 + order}`,
      // Mapping the order starts the subscription (mapOrder).
      startedAt: now - ORDERS_MAPPED_AGO,
      ...extra,
    },
    now,
  );
}

/**
 * A user of the designed world. They hold licenses only of services their org has (as the mock's
 * own new users: the services of the trial, order or packages), so a user's licenses never name a
 * service the org lacks. Every onboarding step done is dated, as the mock dates each one.
 */
export function userFrom(row: UserRow, orgs: readonly StoredOrg[], now: number): StoredUser {
  const { n, addedInConnectAs, createdAgo, onboarding, connect, ...seed } = row;
  const user = makeUser({ id: personId(n), ...seed }, now);
  const services = orgs.find((org) => org.id === user.orgId)?.services ?? [];
  user.services = user.services.filter((service) => services.includes(service));
  if (addedInConnectAs) user.addedInConnectAs = addedInConnectAs;
  if (createdAgo !== undefined) user.createdAt = now - createdAgo;
  if (onboarding === 'welcome_sent') user.onboarding = welcomeEmailSent(user.createdAt);
  if (onboarding === 'activated') {
    const activated = user.createdAt + DAY;
    user.onboarding = {
      completed: ['welcome_email_sent', 'get_started', 'password_set', 'terms_accepted'],
      welcomeEmailSentAt: user.createdAt,
      at: {
        welcome_email_sent: user.createdAt,
        get_started: activated,
        password_set: activated,
        terms_accepted: activated,
      },
    };
  }
  if (connect) {
    const sentAt = now - connect.sentAgo;
    user.connect = {
      sentAt,
      activatedAt: connect.activatedAfter === null ? null : sentAt + connect.activatedAfter,
    };
  }
  return user;
}

/** An order of the partner: mapped, US, contact center with the standard licenses unless the row says. */
export function orderFrom(row: OrderRow, now: number): StoredOrder {
  const { n, createdAgo, ...fields } = row;
  const status = fields.status ?? 'mapped';
  return {
    id: `ord_${n}`,
    partnerOrgId: PARTNER_ORG_ID,
    orderReference: `CCW-10452${n % 1000}`,
    services: ['contact_center'],
    licenses: [
      { license: 'cc_standard', quantity: 25 },
      { license: 'cc_premium', quantity: 10 },
    ],
    ciscoPstnAddOn: false,
    ccai: false,
    orderCountry: 'US',
    customerOrgId: null,
    ...fields,
    status,
    createdAt: now - (createdAgo ?? (40 - (n % 100)) * DAY),
    mappedAt: status === 'mapped' ? now - ORDERS_MAPPED_AGO : null,
  };
}

/** A setup of a designed-world org, with its provisioning run if it was submitted. */
export function setupFrom(row: SetupRow, orgs: readonly StoredOrg[], now: number): StoredSetup {
  const org = orgs.find((o) => o.id === row.orgId);
  if (!org) throw new Error(`seed: a setup of ${row.orgId}, which is not a seeded org`);
  const { submittedAgo, furthest, orgId: _, ...state } = row;
  const setup = makeSetup(org, state, now, furthest);
  return submittedAgo === undefined ? setup : withProvisioningRun(setup, now - submittedAgo);
}

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
} as const satisfies Record<SeedCountry, unknown>;

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
