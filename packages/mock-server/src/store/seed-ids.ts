import { counterUuid, encodeId } from './ids.js';

/** Seeded virtual time: 2025-01-01T00:00:00Z, so the wholesale seed's dates never depend on the run. */
export const SEED_TIME = Date.UTC(2025, 0, 1);

export const PARTNER_ORG_ID = encodeId('ORGANIZATION', counterUuid(1, 0xa));

/** The org id of seeded wholesale customer `n` (the designed world's customer orgs reuse them). */
export const customerOrgId = (n: number) => encodeId('ORGANIZATION', counterUuid(n, 0xc));

/** Orgs of the designed world only (partners, externals, customers with no wholesale record). */
export const worldOrgId = (n: number) => encodeId('ORGANIZATION', counterUuid(n, 0xd));

export const personId = (n: number, namespace = 0xe) => encodeId('PEOPLE', counterUuid(n, namespace));

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
