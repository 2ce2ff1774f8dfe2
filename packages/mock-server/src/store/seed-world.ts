import { welcomeEmailSent } from './onboarding.js';
import {
  makeOrg,
  makeSetup,
  makeUser,
  SEED_SETUP_PROVISIONING_MS,
  subscription,
  type UserSeed,
  withProvisioningRun,
} from './seed-builders.js';
import { customerOrgId, PARTNER_ORG_ID, personId, worldOrgId } from './seed-ids.js';
import type { SeedData, StoredEmail, StoredOrder, StoredOrg, StoredUser } from './types.js';

const DAY = 86_400_000;
const MINUTE = 60_000;

/**
 * When things happened, as time before the scenario loads, so that every record is dated after what
 * it depends on: John's Pizza's trial started (creating its admin, who got the welcome e-mail); the
 * mapped orders were mapped (which starts their subscriptions, DOMAIN §1.1, and welcomes the admin);
 * Berlin Bakery's setup was submitted (its provisioning ends with the Connect e-mail, §1.4).
 */
const TRIAL_STARTED_AGO = 3 * DAY;
const ORDERS_MAPPED_AGO = 30 * DAY;
const BERLIN_SETUP_SUBMITTED_AGO = 28 * DAY;

/** The ids of the designed world's seeded orgs (stable across runs; used by tests and the README). */
export const WORLD = {
  partner: PARTNER_ORG_ID,
  provisioningPartner: worldOrgId(1),
  trialCustomer: customerOrgId(1), // John's Pizza: a trial, setup not started, admin not yet active
  provisionedCustomer: customerOrgId(2), // Berlin Bakery: setup completed, every admin role
  provisioningCustomer: customerOrgId(4), // Sunrise Dental: setup provisioning
  failedCustomer: customerOrgId(6), // Broken Arrow: setup failed
  pstnCustomer: worldOrgId(2), // Harbour Freight US: Cisco PSTN add-on, mapped order
  gulfCustomer: worldOrgId(3), // Gulf Trading (Kuwait)
  ccaiCustomer: worldOrgId(4), // Insight AI: CCAI, no time-zone step
  externalOrg: worldOrgId(5), // Contoso Consulting: external admins of Berlin Bakery
  externalWithContactCenter: worldOrgId(6), // Globex: its own contact-center service
} as const;

/** Bearer token → the seeded user it signs in (the README's table). */
export const SEEDED_TOKENS = {
  'partner-full-admin': 1,
  'partner-provisioning-admin': 2,
  'partner-read-only-admin': 3,
  'customer-full-admin': 10,
  'customer-service-admin': 11,
  'customer-read-only-admin': 12,
  'customer-standard-full-admin': 13,
  'external-full-admin': 30,
  'external-service-admin': 31,
  'external-read-only-admin': 32,
  'trial-customer-admin': 20,
  'pstn-customer-admin': 21,
} as const satisfies Record<string, number>;

/** A seeded actor's bearer token: one of `SEEDED_TOKENS`. */
export type SeededToken = keyof typeof SEEDED_TOKENS;

function orgs(now: number): StoredOrg[] {
  const managed = { kind: 'customer' as const, partnerOrgId: PARTNER_ORG_ID };
  const ordered = (
    n: number,
    extra: Parameters<typeof subscription>[0] extends infer S ? Partial<S> : never,
  ) =>
    subscription(
      {
        kind: 'subscription',
        orderReference: `CCW-10452${n}`,
        sourceId: `ord_${2000 + n}`,
        // Mapping the order starts the subscription (mapOrder).
        startedAt: now - ORDERS_MAPPED_AGO,
        ...extra,
      },
      now,
    );
  return [
    makeOrg({ id: PARTNER_ORG_ID, name: 'Acme Telecom', kind: 'partner', provisioningAccessTo: [] }, now),
    makeOrg(
      {
        id: WORLD.provisioningPartner,
        name: 'Bright Provisioning Partners',
        kind: 'partner',
        provisioningAccessTo: [WORLD.provisionedCustomer],
      },
      now,
    ),
    makeOrg(
      {
        id: WORLD.trialCustomer,
        name: "John's Pizza",
        ...managed,
        services: ['contact_center', 'calling'],
        subscription: subscription(
          {
            kind: 'trial',
            orderReference: 'trial_johns_pizza',
            sourceId: 'trial_johns_pizza',
            startedAt: now - TRIAL_STARTED_AGO,
            endsAt: now - TRIAL_STARTED_AGO + 30 * DAY,
          },
          now,
        ),
        firstAdminUserId: personId(20),
      },
      now,
    ),
    makeOrg(
      {
        id: WORLD.provisionedCustomer,
        name: 'Berlin Bakery GmbH',
        ...managed,
        country: 'DE',
        services: ['contact_center', 'calling', 'meetings', 'messaging'],
        subscription: ordered(4, { orderCountry: 'DE' }),
        firstAdminUserId: personId(10),
        degraded: ['meetings'],
      },
      now,
    ),
    makeOrg(
      {
        id: WORLD.provisioningCustomer,
        name: 'Sunrise Dental',
        ...managed,
        // Calling too: its setup chose Webex Calling telephony, which needs an active Webex Calling
        // subscription (DOMAIN §1.3).
        services: ['contact_center', 'calling'],
        subscription: ordered(3, {}),
        firstAdminUserId: personId(22),
      },
      now,
    ),
    makeOrg(
      {
        id: WORLD.failedCustomer,
        name: 'Broken Arrow Inc',
        ...managed,
        services: ['contact_center'],
        subscription: ordered(5, {}),
        firstAdminUserId: personId(23),
      },
      now,
    ),
    makeOrg(
      {
        id: WORLD.pstnCustomer,
        name: 'Harbour Freight US',
        ...managed,
        services: ['contact_center', 'calling'],
        subscription: ordered(2, { ciscoPstnAddOn: true }),
        firstAdminUserId: personId(21),
      },
      now,
    ),
    makeOrg(
      {
        id: WORLD.gulfCustomer,
        name: 'Gulf Trading Co',
        ...managed,
        country: 'KW',
        services: ['contact_center'],
        subscription: ordered(6, { orderCountry: 'KW' }),
        firstAdminUserId: personId(24),
      },
      now,
    ),
    makeOrg(
      {
        id: WORLD.ccaiCustomer,
        name: 'Insight AI Corp',
        ...managed,
        services: ['contact_center'],
        subscription: ordered(7, { ccai: true }),
        firstAdminUserId: personId(25),
      },
      now,
    ),
    makeOrg({ id: WORLD.externalOrg, name: 'Contoso Consulting', kind: 'external', country: 'GB' }, now),
    makeOrg(
      {
        id: WORLD.externalWithContactCenter,
        name: 'Globex Contact Centers',
        kind: 'external',
        hasOwnContactCenter: true,
        services: ['contact_center', 'calling'],
      },
      now,
    ),
  ];
}

/**
 * A user holds licenses only of services their org has (as the mock's own new users: the services
 * of the trial, order or packages), so a user's licenses never name a service the org lacks.
 */
function withinOrgServices(user: StoredUser, orgList: readonly StoredOrg[]): StoredUser {
  const services = orgList.find((org) => org.id === user.orgId)?.services ?? [];
  return { ...user, services: user.services.filter((service) => services.includes(service)) };
}

function users(now: number, orgList: readonly StoredOrg[]): StoredUser[] {
  const u = (n: number, seed: Omit<UserSeed, 'id'>) =>
    withinOrgServices(makeUser({ id: personId(n), ...seed }, now), orgList);
  const acme = PARTNER_ORG_ID;
  const berlin = WORLD.provisionedCustomer;
  const contoso = WORLD.externalOrg;
  const list = [
    u(1, {
      email: 'pat.partner@acme-telecom.example.com',
      first: 'Pat',
      last: 'Partner',
      orgId: acme,
      roles: ['full_admin'],
    }),
    u(2, {
      email: 'priya.raman@acme-telecom.example.com',
      first: 'Priya',
      last: 'Raman',
      orgId: acme,
      roles: ['provisioning_admin'],
    }),
    u(3, {
      email: 'rita.reader@acme-telecom.example.com',
      first: 'Rita',
      last: 'Reader',
      orgId: acme,
      roles: ['read_only_admin'],
    }),
    u(4, {
      email: 'bo.bright@bright-partners.example.com',
      first: 'Bo',
      last: 'Bright',
      orgId: WORLD.provisioningPartner,
      roles: ['full_admin'],
    }),
    u(10, {
      email: 'carla.customer@berlin-bakery.example.com',
      first: 'Carla',
      last: 'Customer',
      orgId: berlin,
      roles: ['full_admin'],
      services: ['meetings', 'calling'],
    }),
    u(11, {
      email: 'steve.service@berlin-bakery.example.com',
      first: 'Steve',
      last: 'Service',
      orgId: berlin,
      roles: ['service_admin'],
      license: 'cc_premium',
    }),
    u(12, {
      email: 'rob.readonly@berlin-bakery.example.com',
      first: 'Rob',
      last: 'Readonly',
      orgId: berlin,
      roles: ['read_only_admin'],
    }),
    u(13, {
      email: 'frank.agent@berlin-bakery.example.com',
      first: 'Frank',
      last: 'Agent',
      orgId: berlin,
      roles: ['full_admin'],
      license: 'cc_standard',
    }),
    u(14, {
      email: 'anna.schmidt@berlin-bakery.example.com',
      first: 'Anna',
      last: 'Schmidt',
      orgId: berlin,
      license: 'cc_standard',
    }),
    u(15, {
      email: 'ben.weber@berlin-bakery.example.com',
      first: 'Ben',
      last: 'Weber',
      orgId: berlin,
      license: 'cc_premium',
    }),
    u(16, {
      email: 'uma.unverified@berlin-bakery.example.com',
      first: 'Uma',
      last: 'Neu',
      orgId: berlin,
      status: 'unverified',
    }),
    u(17, {
      email: 'sara.second@berlin-bakery.example.com',
      first: 'Sara',
      last: 'Second',
      orgId: berlin,
      roles: ['service_admin'],
    }),
    {
      ...u(18, {
        email: 'lee.connect@berlin-bakery.example.com',
        first: 'Lee',
        last: 'Connect',
        orgId: berlin,
        roles: ['read_only_admin'],
      }),
      addedInConnectAs: 'limited' as const,
    },
    u(20, {
      email: 'john.anderson@johns-pizza.example.com',
      first: 'John',
      last: 'Anderson',
      orgId: WORLD.trialCustomer,
      roles: ['full_admin'],
      status: 'unverified',
      // The trial's services but the contact center (licensed per agent), as startTrial gives them.
      services: ['calling'],
    }),
    u(21, {
      email: 'hana.harbour@harbour-freight.example.com',
      first: 'Hana',
      last: 'Harbour',
      orgId: WORLD.pstnCustomer,
      roles: ['full_admin'],
    }),
    u(22, {
      email: 'sunny.admin@sunrise-dental.example.com',
      first: 'Sunny',
      last: 'Admin',
      orgId: WORLD.provisioningCustomer,
      roles: ['full_admin'],
    }),
    u(23, {
      email: 'bill.arrow@broken-arrow.example.com',
      first: 'Bill',
      last: 'Arrow',
      orgId: WORLD.failedCustomer,
      roles: ['full_admin'],
    }),
    u(24, {
      email: 'khalid.trader@gulf-trading.example.com',
      first: 'Khalid',
      last: 'Trader',
      orgId: WORLD.gulfCustomer,
      roles: ['full_admin'],
    }),
    u(25, {
      email: 'ivy.insight@insight-ai.example.com',
      first: 'Ivy',
      last: 'Insight',
      orgId: WORLD.ccaiCustomer,
      roles: ['full_admin'],
    }),
    u(30, {
      email: 'ella.external@contoso.example.com',
      first: 'Ella',
      last: 'External',
      orgId: contoso,
      roles: ['full_admin'],
    }),
    u(31, { email: 'sam.okafor@contoso.example.com', first: 'Sam', last: 'Okafor', orgId: contoso }),
    u(32, { email: 'olga.observer@contoso.example.com', first: 'Olga', last: 'Observer', orgId: contoso }),
    u(33, { email: 'xavier.new@contoso.example.com', first: 'Xavier', last: 'New', orgId: contoso }),
    u(40, {
      email: 'gina.globex@globex.example.com',
      first: 'Gina',
      last: 'Globex',
      orgId: WORLD.externalWithContactCenter,
      roles: ['full_admin'],
    }),
  ];
  const john = list.find((user) => user.id === personId(20));
  if (john) {
    // Starting the trial created him (an e-mail already in use is refused) and sent the welcome.
    john.createdAt = now - TRIAL_STARTED_AGO;
    john.onboarding = welcomeEmailSent(john.createdAt);
  }
  // Berlin's admins got their e-mail when they were added, and activated their accounts a day later:
  // every step done is dated, as the mock dates each one.
  for (const user of list.filter((x) => x.orgId === berlin && x.roles.length > 0)) {
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
  // The first admin's Connect e-mail goes out when the setup's provisioning ends (§1.4).
  const connectSent = now - BERLIN_SETUP_SUBMITTED_AGO + SEED_SETUP_PROVISIONING_MS;
  const carla = list.find((user) => user.id === personId(10));
  if (carla) carla.connect = { sentAt: connectSent, activatedAt: connectSent + DAY };
  const steve = list.find((user) => user.id === personId(11));
  if (steve) steve.connect = { sentAt: now - 20 * DAY, activatedAt: null };
  return list;
}

function orders(now: number): StoredOrder[] {
  const order = (n: number, fields: Partial<StoredOrder>): StoredOrder => ({
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
    status: 'mapped',
    customerOrgId: null,
    createdAt: now - (40 - (n % 100)) * DAY,
    mappedAt: now - ORDERS_MAPPED_AGO,
    ...fields,
  });
  return [
    // References of their own: `CCW-10452${n % 1000}` would repeat the mapped ord_2001 and ord_2002's.
    order(1001, {
      orderReference: 'CCW-104611',
      status: 'unmapped',
      ciscoPstnAddOn: true,
      mappedAt: null,
      createdAt: now - 2 * DAY,
    }),
    order(1002, {
      orderReference: 'CCW-104612',
      status: 'unmapped',
      orderCountry: 'GB',
      mappedAt: null,
      createdAt: now - DAY,
    }),
    order(2002, { customerOrgId: WORLD.pstnCustomer, ciscoPstnAddOn: true }),
    order(2003, { customerOrgId: WORLD.provisioningCustomer }),
    order(2004, { customerOrgId: WORLD.provisionedCustomer, orderCountry: 'DE' }),
    order(2005, { customerOrgId: WORLD.failedCustomer }),
    order(2006, { customerOrgId: WORLD.gulfCustomer, orderCountry: 'KW' }),
    order(2007, { customerOrgId: WORLD.ccaiCustomer, ccai: true }),
  ];
}

/** The designed world of the default scenario: every org relation, role, license and setup state. */
export function seedWorld(
  now: number,
): Omit<SeedData, 'partnerOrgId' | 'customers' | 'subscribers' | 'subPartners'> {
  const orgList = orgs(now);
  const byId = new Map(orgList.map((org) => [org.id, org]));
  const org = (id: string) => byId.get(id) as StoredOrg;
  const provisioning = withProvisioningRun(
    makeSetup(
      org(WORLD.provisioningCustomer),
      {
        status: 'provisioning',
        step: 'provisioning',
        answers: {
          country: 'US',
          countryConfirmed: true,
          timeZone: 'America/New_York',
          platform: 'new_platform',
          telephony: 'webex_calling',
        },
      },
      now,
      'review',
    ),
    // Submitted a minute before the scenario loads: it completes 4 virtual minutes after.
    now - MINUTE,
  );
  const welcome: StoredEmail = {
    id: 'mail_seed_1',
    kind: 'welcome',
    to: 'john.anderson@johns-pizza.example.com',
    subject: "Welcome to Webex: set up John's Pizza",
    text: "Your partner Acme Telecom started a trial for John's Pizza. Follow Get started to activate your account.",
    orgId: WORLD.trialCustomer,
    userId: personId(20),
    links: [
      {
        label: 'Get started',
        method: 'POST',
        path: '/v1/onboarding/getStarted',
        body: { token: 'wel_johns_pizza' },
      },
    ],
    sentAt: now - TRIAL_STARTED_AGO,
  };
  return {
    tokens: Object.fromEntries(Object.entries(SEEDED_TOKENS).map(([token, n]) => [token, personId(n)])),
    orgs: orgList,
    users: users(now, orgList),
    grants: [
      { orgId: WORLD.provisionedCustomer, userId: personId(30), role: 'full_admin' },
      { orgId: WORLD.provisionedCustomer, userId: personId(31), role: 'service_admin' },
      { orgId: WORLD.provisionedCustomer, userId: personId(32), role: 'read_only_admin' },
    ],
    trials: [
      {
        id: 'trial_johns_pizza',
        partnerOrgId: PARTNER_ORG_ID,
        customerOrgId: WORLD.trialCustomer,
        customerName: "John's Pizza",
        customerAdminEmail: 'john.anderson@johns-pizza.example.com',
        services: ['contact_center', 'calling'],
        licenses: [
          { license: 'cc_standard', quantity: 25 },
          { license: 'cc_premium', quantity: 10 },
        ],
        trialDays: 30,
        ccai: false,
        country: 'US',
        startedAt: now - TRIAL_STARTED_AGO,
      },
    ],
    orders: orders(now),
    setups: [
      makeSetup(org(WORLD.trialCustomer), {}, now),
      withProvisioningRun(
        makeSetup(
          org(WORLD.provisionedCustomer),
          {
            status: 'completed',
            step: 'summary_download',
            answers: {
              country: 'DE',
              countryConfirmed: true,
              timeZone: 'Europe/Berlin',
              platform: 'new_platform',
              telephony: 'webex_calling',
            },
          },
          now,
          'review',
        ),
        now - BERLIN_SETUP_SUBMITTED_AGO,
      ),
      provisioning,
      withProvisioningRun(
        makeSetup(
          org(WORLD.failedCustomer),
          {
            status: 'failed',
            step: 'review',
            answers: {
              country: 'US',
              countryConfirmed: true,
              timeZone: 'America/Chicago',
              platform: '1.0',
              telephony: 'third_party_via_vpop',
            },
          },
          now,
          'review',
        ),
        now - DAY,
      ),
      makeSetup(org(WORLD.pstnCustomer), { status: 'in_progress', step: 'calling' }, now),
      makeSetup(org(WORLD.gulfCustomer), {}, now),
      makeSetup(
        org(WORLD.ccaiCustomer),
        { status: 'in_progress', step: 'country', answers: { country: 'US' } },
        now,
      ),
    ],
    outbox: [welcome],
    links: [{ token: 'wel_johns_pizza', userId: personId(20), purpose: 'get_started', used: false }],
  };
}
