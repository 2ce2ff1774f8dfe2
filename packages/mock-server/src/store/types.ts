import type {
  AdminRole,
  BillingAddress,
  CustomerStatus,
  DefaultCallInNumber,
  License,
  LicenseQuantity,
  MonitoredService,
  OrderStatus,
  OrgKind,
  RplReview,
  ServiceType,
  SetupOrder,
  SubPartner,
  Subscriber,
  SubscriberPackage,
  WholesalePackage,
} from '@onramp/contract';
import type { ConnectRole, OnboardingMilestone, SetupContext, SetupState, SetupStep } from '@onramp/domain';

/**
 * The store's records. Times are virtual epoch milliseconds; everything is plain JSON so the whole
 * store can be written to `--state FILE` and read back.
 */

/** A wholesale customer's next timed transition: data, so it survives a restart (`--state`). */
export interface ScheduledStep {
  at: number;
  step: 'provisioned' | 'rpl_approved' | 'rpl_denied' | 'rpl_timeout' | 'deleted';
}

export interface StoredCustomer {
  id: string;
  orgId: string;
  partnerOrgId: string;
  provisioningId: string;
  externalId: string;
  address: BillingAddress;
  /** The billing country at creation: the org country, which a later address change does not move. */
  orgCountry?: string;
  status: CustomerStatus;
  packages: WholesalePackage[];
  /** Package quantities: the most subscribers that may hold each package. */
  packageLimits: Record<string, number>;
  /** The package level the customer was created with: its admins hold it (DOMAIN §3, decisions/0020). */
  adminPackage?: SubscriberPackage;
  customerInfo?: { name: string; primaryEmail: string; language?: string };
  rplReview?: RplReview;
  defaultCallInNumber?: DefaultCallInNumber;
  errors?: { errorCode?: number; description?: string }[];
  scheduled?: ScheduledStep;
  createdAt: number;
  lastStatusChange: number;
}

export interface StoredSubscriber {
  id: string;
  personId: string;
  email: string;
  customerId: string;
  externalCustomerId: string;
  package: SubscriberPackage;
  status: NonNullable<Subscriber['status']>;
  firstName?: string;
  lastName?: string;
  created: number;
  lastStatusChange: number;
}

/** What a customer org bought (or trials): the Summary step of the wizard, and the Subscriptions tab. */
export interface StoredSubscription extends SetupOrder {
  /** The trial or order it came from. */
  sourceId: string;
  startedAt: number;
  /** Trials end; subscriptions renew. */
  endsAt: number | null;
}

export interface StoredOrg {
  id: string;
  name: string;
  kind: OrgKind;
  country: string;
  /** The partner managing a customer org. */
  partnerOrgId: string | null;
  /** The org's own contact-center service (external orgs: blocks the service-admin role, §2.2). */
  hasOwnContactCenter: boolean;
  /** Partner orgs: the customer orgs they have provisioning access to (§2.2). */
  provisioningAccessTo: string[];
  services: ServiceType[];
  subscription: StoredSubscription | null;
  /** The first customer admin, who gets the welcome e-mail (§1.1). */
  firstAdminUserId: string | null;
  /** Services shown as degraded in Monitoring (seeded incidents). */
  degraded: MonitoredService[];
  createdAt: number;
}

export interface StoredOnboarding {
  completed: OnboardingMilestone[];
  welcomeEmailSentAt: number | null;
  at: Partial<Record<OnboardingMilestone, number>>;
}

export interface StoredConnect {
  sentAt: number;
  activatedAt: number | null;
  /** The link token of the latest Connect e-mail; earlier ones no longer work. */
  token?: string;
}

export interface StoredUser {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  orgId: string;
  status: 'verified' | 'unverified';
  /** Roles in the user's own org (a partner user's roles also apply to the partner's customers). */
  roles: AdminRole[];
  license: License | null;
  /** Licenses of other services (meetings, calling, messaging). */
  services: ServiceType[];
  /** Bumped on every change of license or role: the `ETag`. */
  version: number;
  /** Added in Webex Connect with this role (synchronized back to Control Hub, §1.4). */
  addedInConnectAs?: ConnectRole;
  onboarding?: StoredOnboarding;
  connect?: StoredConnect;
  /** Deactivated by an admin (DOMAIN §2.1): cannot sign in; keeps its roles and license. */
  deactivated?: boolean;
  createdAt: number;
}

/** An admin role held in a customer org by a user of another org (decisions/0003). */
export interface StoredGrant {
  orgId: string;
  userId: string;
  role: AdminRole;
}

export interface StoredTrial {
  id: string;
  partnerOrgId: string;
  customerOrgId: string;
  customerName: string;
  customerAdminEmail: string;
  services: ServiceType[];
  licenses: LicenseQuantity[];
  trialDays: number;
  ccai: boolean;
  country: string;
  startedAt: number;
}

export interface StoredOrder {
  id: string;
  partnerOrgId: string;
  orderReference: string;
  services: ServiceType[];
  licenses: LicenseQuantity[];
  ciscoPstnAddOn: boolean;
  ccai: boolean;
  orderCountry: string;
  status: OrderStatus;
  customerOrgId: string | null;
  createdAt: number;
  mappedAt: number | null;
}

export interface StoredSetup {
  orgId: string;
  state: SetupState;
  context: SetupContext;
  /** The furthest step reached: steps before it with their answers given are `completedSteps`. */
  furthest: SetupStep;
  provisioning: { startedAt: number; finishAt: number; finishedAt: number | null; fails: boolean } | null;
  version: number;
  updatedAt: number;
  /** "Set up Webex Contact Center" ran (1.0 platform, DOMAIN §1.2): when, and with chat or not. */
  tenantSetup?: { at: number; chat: boolean };
}

export interface EmailLink {
  label: string;
  method: 'POST';
  /** The path below the server's origin, e.g. `/v1/onboarding/getStarted`. */
  path: string;
  body: Record<string, unknown>;
}

export interface StoredEmail {
  id: string;
  kind: 'welcome' | 'invitation' | 'connect';
  to: string;
  subject: string;
  text: string;
  orgId: string;
  userId: string;
  links: EmailLink[];
  sentAt: number;
}

/** A one-time link token of an e-mail (§1.1, §1.4). */
export interface LinkToken {
  token: string;
  userId: string;
  purpose: 'get_started' | 'set_password' | 'accept_terms' | 'connect';
  used: boolean;
}

export interface SeedData {
  partnerOrgId: string;
  /** Bearer token → user id: the seeded actors (README table). */
  tokens: Record<string, string>;
  customers: StoredCustomer[];
  subscribers: StoredSubscriber[];
  subPartners: SubPartner[];
  orgs: StoredOrg[];
  users: StoredUser[];
  grants: StoredGrant[];
  trials: StoredTrial[];
  orders: StoredOrder[];
  setups: StoredSetup[];
  outbox: StoredEmail[];
  links: LinkToken[];
}
