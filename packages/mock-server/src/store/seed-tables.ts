import type {
  AdminRole,
  ConnectRole,
  CustomerStatus,
  License,
  MonitoredService,
  OrgKind,
  ServiceType,
  SetupStatus,
  SetupStep,
  SubPartner,
  WholesalePackage,
} from '@onramp/contract';
import type { SetupAnswers } from '@onramp/domain';
import { PARTNER_ORG_ID, personId, WORLD } from './seed-ids.js';
import type { LinkToken, StoredEmail, StoredGrant, StoredOrder, StoredTrial, StoredUser } from './types.js';

// The default scenario's records, one plain table per kind. Times are durations before the moment the
// scenario loads (`…Ago`), so every record is dated after what it depends on whatever the clock's
// start; `seed-builders.ts` turns a row into the stored record and `seed-world.ts` / `seed.ts` map
// the tables through them.

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * When things happened: John's Pizza's trial started (creating its admin, who got the welcome
 * e-mail); the mapped orders were mapped (which starts their subscriptions, DOMAIN §1.1, and welcomes
 * the admin); Berlin Bakery's setup was submitted (its provisioning ends with the Connect e-mail,
 * §1.4).
 */
/**
 * How long a setup's provisioning runs: the mock's SETUP_PROVISIONING_MS, restated because the store
 * does not import the jobs above it (test/seed-domain.test.ts holds the two equal).
 */
export const SEED_SETUP_PROVISIONING_MS = 5 * 60_000;

export const TRIAL_STARTED_AGO = 3 * DAY;
export const ORDERS_MAPPED_AGO = 30 * DAY;
export const BERLIN_SETUP_SUBMITTED_AGO = 28 * DAY;

// --- Orgs -------------------------------------------------------------------------------------

/** What an org bought: a trial, or a mapped order (`ord_${2000 + order}`, `CCW-10452${order}`). */
export type SubscriptionRow =
  | { trial: string; startedAgo: number; days: number }
  | { order: number; orderCountry?: string; ciscoPstnAddOn?: boolean; ccai?: boolean };

export interface OrgRow {
  id: string;
  name: string;
  kind: OrgKind;
  /** A customer org managed by the partner (Acme Telecom). */
  managed?: true;
  country?: string;
  services?: ServiceType[];
  subscription?: SubscriptionRow;
  /** The person number of its first admin. */
  firstAdmin?: number;
  degraded?: MonitoredService[];
  provisioningAccessTo?: string[];
  hasOwnContactCenter?: boolean;
}

export const ORGS: readonly OrgRow[] = [
  { id: PARTNER_ORG_ID, name: 'Acme Telecom', kind: 'partner', provisioningAccessTo: [] },
  {
    id: WORLD.provisioningPartner,
    name: 'Bright Provisioning Partners',
    kind: 'partner',
    provisioningAccessTo: [WORLD.provisionedCustomer],
  },
  {
    id: WORLD.trialCustomer,
    name: "John's Pizza",
    kind: 'customer',
    managed: true,
    services: ['contact_center', 'calling'],
    subscription: { trial: 'trial_johns_pizza', startedAgo: TRIAL_STARTED_AGO, days: 30 },
    firstAdmin: 20,
  },
  {
    id: WORLD.provisionedCustomer,
    name: 'Berlin Bakery GmbH',
    kind: 'customer',
    managed: true,
    country: 'DE',
    services: ['contact_center', 'calling', 'meetings', 'messaging'],
    subscription: { order: 4, orderCountry: 'DE' },
    firstAdmin: 10,
    degraded: ['meetings'],
  },
  {
    id: WORLD.provisioningCustomer,
    name: 'Sunrise Dental',
    kind: 'customer',
    managed: true,
    // Calling too: its setup chose Webex Calling telephony, which needs an active Webex Calling
    // subscription (DOMAIN §1.3).
    services: ['contact_center', 'calling'],
    subscription: { order: 3 },
    firstAdmin: 22,
  },
  {
    id: WORLD.failedCustomer,
    name: 'Broken Arrow Inc',
    kind: 'customer',
    managed: true,
    services: ['contact_center'],
    subscription: { order: 5 },
    firstAdmin: 23,
  },
  {
    id: WORLD.pstnCustomer,
    name: 'Harbour Freight US',
    kind: 'customer',
    managed: true,
    services: ['contact_center', 'calling'],
    subscription: { order: 2, ciscoPstnAddOn: true },
    firstAdmin: 21,
  },
  {
    id: WORLD.gulfCustomer,
    name: 'Gulf Trading Co',
    kind: 'customer',
    managed: true,
    country: 'KW',
    services: ['contact_center'],
    subscription: { order: 6, orderCountry: 'KW' },
    firstAdmin: 24,
  },
  {
    id: WORLD.ccaiCustomer,
    name: 'Insight AI Corp',
    kind: 'customer',
    managed: true,
    services: ['contact_center'],
    subscription: { order: 7, ccai: true },
    firstAdmin: 25,
  },
  { id: WORLD.externalOrg, name: 'Contoso Consulting', kind: 'external', country: 'GB' },
  {
    id: WORLD.externalWithContactCenter,
    name: 'Globex Contact Centers',
    kind: 'external',
    hasOwnContactCenter: true,
    services: ['contact_center', 'calling'],
  },
];

// --- Users ------------------------------------------------------------------------------------

export interface UserRow {
  /** The person number (`personId(n)`). */
  n: number;
  email: string;
  first: string;
  last: string;
  orgId: string;
  roles?: AdminRole[];
  license?: License | null;
  status?: StoredUser['status'];
  services?: ServiceType[];
  addedInConnectAs?: ConnectRole;
  /** Created this long ago (default: 30 days). */
  createdAgo?: number;
  /**
   * `welcome_sent`: got the welcome e-mail when created, no step done yet; `activated`: got it when
   * added and finished the four steps a day later.
   */
  onboarding?: 'welcome_sent' | 'activated';
  /** The Connect e-mail: sent this long ago, activated this long after (`null`: not yet). */
  connect?: { sentAgo: number; activatedAfter: number | null };
}

const acme = PARTNER_ORG_ID;
const berlin = WORLD.provisionedCustomer;
const contoso = WORLD.externalOrg;

export const USERS: readonly UserRow[] = [
  {
    n: 1,
    email: 'pat.partner@acme-telecom.example.com',
    first: 'Pat',
    last: 'Partner',
    orgId: acme,
    roles: ['full_admin'],
  },
  {
    n: 2,
    email: 'priya.raman@acme-telecom.example.com',
    first: 'Priya',
    last: 'Raman',
    orgId: acme,
    roles: ['provisioning_admin'],
  },
  {
    n: 3,
    email: 'rita.reader@acme-telecom.example.com',
    first: 'Rita',
    last: 'Reader',
    orgId: acme,
    roles: ['read_only_admin'],
  },
  {
    n: 4,
    email: 'bo.bright@bright-partners.example.com',
    first: 'Bo',
    last: 'Bright',
    orgId: WORLD.provisioningPartner,
    roles: ['full_admin'],
  },
  {
    n: 10,
    email: 'carla.customer@berlin-bakery.example.com',
    first: 'Carla',
    last: 'Customer',
    orgId: berlin,
    roles: ['full_admin'],
    services: ['meetings', 'calling'],
    onboarding: 'activated',
    // The first admin's Connect e-mail went out when the setup's provisioning ended (§1.4).
    connect: { sentAgo: BERLIN_SETUP_SUBMITTED_AGO - SEED_SETUP_PROVISIONING_MS, activatedAfter: DAY },
  },
  {
    n: 11,
    email: 'steve.service@berlin-bakery.example.com',
    first: 'Steve',
    last: 'Service',
    orgId: berlin,
    roles: ['service_admin'],
    license: 'cc_premium',
    onboarding: 'activated',
    connect: { sentAgo: 20 * DAY, activatedAfter: null },
  },
  {
    n: 12,
    email: 'rob.readonly@berlin-bakery.example.com',
    first: 'Rob',
    last: 'Readonly',
    orgId: berlin,
    roles: ['read_only_admin'],
    onboarding: 'activated',
  },
  {
    n: 13,
    email: 'frank.agent@berlin-bakery.example.com',
    first: 'Frank',
    last: 'Agent',
    orgId: berlin,
    roles: ['full_admin'],
    license: 'cc_standard',
    onboarding: 'activated',
  },
  {
    n: 14,
    email: 'anna.schmidt@berlin-bakery.example.com',
    first: 'Anna',
    last: 'Schmidt',
    orgId: berlin,
    license: 'cc_standard',
  },
  {
    n: 15,
    email: 'ben.weber@berlin-bakery.example.com',
    first: 'Ben',
    last: 'Weber',
    orgId: berlin,
    license: 'cc_premium',
  },
  {
    n: 16,
    email: 'uma.unverified@berlin-bakery.example.com',
    first: 'Uma',
    last: 'Neu',
    orgId: berlin,
    status: 'unverified',
  },
  {
    n: 17,
    email: 'sara.second@berlin-bakery.example.com',
    first: 'Sara',
    last: 'Second',
    orgId: berlin,
    roles: ['service_admin'],
    onboarding: 'activated',
  },
  {
    n: 18,
    email: 'lee.connect@berlin-bakery.example.com',
    first: 'Lee',
    last: 'Connect',
    orgId: berlin,
    roles: ['read_only_admin'],
    addedInConnectAs: 'limited',
    onboarding: 'activated',
  },
  {
    n: 20,
    email: 'john.anderson@johns-pizza.example.com',
    first: 'John',
    last: 'Anderson',
    orgId: WORLD.trialCustomer,
    roles: ['full_admin'],
    status: 'unverified',
    // The trial's services but the contact center (licensed per agent), as startTrial gives them.
    services: ['calling'],
    // Starting the trial created him (an e-mail already in use is refused) and sent the welcome.
    createdAgo: TRIAL_STARTED_AGO,
    onboarding: 'welcome_sent',
  },
  {
    n: 21,
    email: 'hana.harbour@harbour-freight.example.com',
    first: 'Hana',
    last: 'Harbour',
    orgId: WORLD.pstnCustomer,
    roles: ['full_admin'],
  },
  {
    n: 22,
    email: 'sunny.admin@sunrise-dental.example.com',
    first: 'Sunny',
    last: 'Admin',
    orgId: WORLD.provisioningCustomer,
    roles: ['full_admin'],
  },
  {
    n: 23,
    email: 'bill.arrow@broken-arrow.example.com',
    first: 'Bill',
    last: 'Arrow',
    orgId: WORLD.failedCustomer,
    roles: ['full_admin'],
  },
  {
    n: 24,
    email: 'khalid.trader@gulf-trading.example.com',
    first: 'Khalid',
    last: 'Trader',
    orgId: WORLD.gulfCustomer,
    roles: ['full_admin'],
  },
  {
    n: 25,
    email: 'ivy.insight@insight-ai.example.com',
    first: 'Ivy',
    last: 'Insight',
    orgId: WORLD.ccaiCustomer,
    roles: ['full_admin'],
  },
  {
    n: 30,
    email: 'ella.external@contoso.example.com',
    first: 'Ella',
    last: 'External',
    orgId: contoso,
    roles: ['full_admin'],
  },
  { n: 31, email: 'sam.okafor@contoso.example.com', first: 'Sam', last: 'Okafor', orgId: contoso },
  { n: 32, email: 'olga.observer@contoso.example.com', first: 'Olga', last: 'Observer', orgId: contoso },
  { n: 33, email: 'xavier.new@contoso.example.com', first: 'Xavier', last: 'New', orgId: contoso },
  {
    n: 40,
    email: 'gina.globex@globex.example.com',
    first: 'Gina',
    last: 'Globex',
    orgId: WORLD.externalWithContactCenter,
    roles: ['full_admin'],
  },
];

/** Admin roles held in Berlin Bakery by Contoso's users (external admins). */
export const GRANTS: readonly StoredGrant[] = [
  { orgId: berlin, userId: personId(30), role: 'full_admin' },
  { orgId: berlin, userId: personId(31), role: 'service_admin' },
  { orgId: berlin, userId: personId(32), role: 'read_only_admin' },
];

// --- Trials and orders ------------------------------------------------------------------------

export const TRIALS: readonly (Omit<StoredTrial, 'startedAt'> & { startedAgo: number })[] = [
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
    startedAgo: TRIAL_STARTED_AGO,
  },
];

/**
 * Orders by number (`ord_${n}`); the rest of each is a mapped US contact-center order with the
 * standard licenses, created `40 - n % 100` days ago. Unmapped ones have references of their own:
 * `CCW-10452${n % 1000}` would repeat the mapped ord_2001 and ord_2002's.
 */
export type OrderRow = { n: number; createdAgo?: number } & Partial<
  Pick<
    StoredOrder,
    'orderReference' | 'status' | 'ciscoPstnAddOn' | 'orderCountry' | 'ccai' | 'customerOrgId'
  >
>;

export const ORDERS: readonly OrderRow[] = [
  { n: 1001, orderReference: 'CCW-104611', status: 'unmapped', ciscoPstnAddOn: true, createdAgo: 2 * DAY },
  { n: 1002, orderReference: 'CCW-104612', status: 'unmapped', orderCountry: 'GB', createdAgo: DAY },
  { n: 2002, customerOrgId: WORLD.pstnCustomer, ciscoPstnAddOn: true },
  { n: 2003, customerOrgId: WORLD.provisioningCustomer },
  { n: 2004, customerOrgId: WORLD.provisionedCustomer, orderCountry: 'DE' },
  { n: 2005, customerOrgId: WORLD.failedCustomer },
  { n: 2006, customerOrgId: WORLD.gulfCustomer, orderCountry: 'KW' },
  { n: 2007, customerOrgId: WORLD.ccaiCustomer, ccai: true },
];

// --- Services setups --------------------------------------------------------------------------

export interface SetupRow {
  orgId: string;
  status?: SetupStatus;
  step?: SetupStep;
  answers?: Partial<SetupAnswers>;
  /** The furthest step reached (default: the current one). */
  furthest?: SetupStep;
  /** Submitted this long ago: its provisioning run (five virtual minutes) started then. */
  submittedAgo?: number;
}

export const SETUPS: readonly SetupRow[] = [
  { orgId: WORLD.trialCustomer },
  {
    orgId: WORLD.provisionedCustomer,
    status: 'completed',
    step: 'summary_download',
    answers: {
      country: 'DE',
      countryConfirmed: true,
      timeZone: 'Europe/Berlin',
      platform: 'new_platform',
      telephony: 'webex_calling',
    },
    furthest: 'review',
    submittedAgo: BERLIN_SETUP_SUBMITTED_AGO,
  },
  {
    orgId: WORLD.provisioningCustomer,
    status: 'provisioning',
    step: 'provisioning',
    answers: {
      country: 'US',
      countryConfirmed: true,
      timeZone: 'America/New_York',
      platform: 'new_platform',
      telephony: 'webex_calling',
    },
    furthest: 'review',
    // A minute before the scenario loads: it completes 4 virtual minutes after.
    submittedAgo: MINUTE,
  },
  {
    orgId: WORLD.failedCustomer,
    status: 'failed',
    step: 'review',
    answers: {
      country: 'US',
      countryConfirmed: true,
      timeZone: 'America/Chicago',
      platform: '1.0',
      telephony: 'third_party_via_vpop',
    },
    furthest: 'review',
    submittedAgo: DAY,
  },
  { orgId: WORLD.pstnCustomer, status: 'in_progress', step: 'calling' },
  { orgId: WORLD.gulfCustomer },
  { orgId: WORLD.ccaiCustomer, status: 'in_progress', step: 'country', answers: { country: 'US' } },
];

// --- E-mails and their links ------------------------------------------------------------------

export const EMAILS: readonly (Omit<StoredEmail, 'sentAt'> & { sentAgo: number })[] = [
  {
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
    sentAgo: TRIAL_STARTED_AGO,
  },
];

export const LINKS: readonly LinkToken[] = [
  { token: 'wel_johns_pizza', userId: personId(20), purpose: 'get_started', used: false },
];

// --- Wholesale --------------------------------------------------------------------------------

/** The countries the seed has a valid billing address for (`seed-builders.ts`). */
export type SeedCountry = 'US' | 'DE' | 'GB';

export interface CustomerSeed {
  n: number;
  name: string;
  status: CustomerStatus;
  country?: SeedCountry;
  packages?: WholesalePackage[];
  limit?: number;
}

/** One customer in every wholesale status (`n` numbers its ids: `customerOrgId(n)`, `ext-${n}`). */
export const CUSTOMERS: readonly CustomerSeed[] = [
  { n: 1, name: "John's Pizza", status: 'provisioned' },
  { n: 2, name: 'Berlin Bakery GmbH', status: 'provisioned', country: 'DE' },
  { n: 3, name: 'Harbour Freight Ltd', status: 'provisioned_with_errors', country: 'GB' },
  { n: 4, name: 'Sunrise Dental', status: 'provisioning' },
  // Listed: its review started an hour before the scenario loads, so it can still be decided.
  { n: 5, name: 'Northwind rpl-listed Traders', status: 'pending_rpl_review' },
  { n: 6, name: 'Broken Arrow Inc', status: 'error' },
  // A customer with a tiny quantity, to show the 409 when the package is used up.
  { n: 7, name: 'Tiny Shop', status: 'provisioned', packages: ['webex_calling'], limit: 2 },
];

/**
 * Subscribers: `customer` is the customer's `n`, `n` numbers the subscriber's ids and `i` picks its
 * package (in turn) and its e-mail, unless `package` says otherwise.
 */
export const SUBSCRIBERS = [
  { customer: 1, n: 1, i: 0 },
  { customer: 1, n: 2, i: 1 },
  { customer: 1, n: 3, i: 2 },
  { customer: 2, n: 4, i: 0 },
  { customer: 2, n: 5, i: 1 },
  { customer: 2, n: 6, i: 2 },
  { customer: 3, n: 7, i: 0 },
  { customer: 3, n: 8, i: 1 },
  { customer: 3, n: 9, i: 2 },
  { customer: 7, n: 10, i: 0, package: 'webex_calling' },
] as const;

/** Sub-partners of the partner (orgs numbered like partners: `counterUuid(n, 0xa)`). */
export const SUB_PARTNERS: readonly (Omit<SubPartner, 'orgId' | 'created' | 'billingStartDate'> & {
  n: number;
  createdAgo: number;
  billingStartedAgo: number;
})[] = [
  {
    n: 3,
    subscriptionId: 'sub-1',
    provisioningState: 'active',
    createdAgo: 180 * DAY,
    billingStartedAgo: 150 * DAY,
  },
  {
    n: 4,
    subscriptionId: 'sub-2',
    provisioningState: 'suspended',
    createdAgo: 120 * DAY,
    billingStartedAgo: 90 * DAY,
  },
];
