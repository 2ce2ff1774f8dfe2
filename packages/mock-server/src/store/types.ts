import type {
  BillingAddress,
  CustomerStatus,
  DefaultCallInNumber,
  RplReview,
  SubPartner,
  Subscriber,
  SubscriberPackage,
  WholesalePackage,
} from '@onramp/contract';

/** Admin roles an actor of the mock can hold (DOMAIN §2, decisions/0003). */
export type ActorRole = 'full_admin' | 'service_admin' | 'provisioning_admin' | 'read_only_admin';

/** A signed-in admin; its bearer token is its `token`. */
export interface StoredActor {
  token: string;
  userId: string;
  orgId: string;
  orgKind: 'partner' | 'customer' | 'external';
  role: ActorRole;
  displayName: string;
}

/** The store's record of a wholesale customer; times are virtual epoch milliseconds. */
export interface StoredCustomer {
  id: string;
  orgId: string;
  partnerOrgId: string;
  provisioningId: string;
  externalId: string;
  address: BillingAddress;
  status: CustomerStatus;
  packages: WholesalePackage[];
  /** Package quantities: the most subscribers that may hold each package. */
  packageLimits: Record<string, number>;
  customerInfo?: { name: string; primaryEmail: string; language?: string };
  rplReview?: RplReview;
  defaultCallInNumber?: DefaultCallInNumber;
  errors?: { errorCode?: number; description?: string }[];
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

export interface SeedData {
  partnerOrgId: string;
  actors: StoredActor[];
  customers: StoredCustomer[];
  subscribers: StoredSubscriber[];
  subPartners: SubPartner[];
}
