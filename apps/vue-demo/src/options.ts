import { WORLD } from '@onramp/mock-server';

/** The seeded actors the demo can sign in as (packages/mock-server README). */
export const ACTORS = [
  { token: 'partner-full-admin', label: 'Pat Partner (partner, full admin)' },
  { token: 'customer-full-admin', label: 'Carla Customer (customer, full admin)' },
  { token: 'customer-read-only-admin', label: 'Rob Readonly (customer, read-only admin)' },
  { token: 'external-full-admin', label: 'Ella External (external, full admin)' },
] as const;

export const ORGS = [
  { id: WORLD.provisionedCustomer, label: 'Berlin Bakery GmbH' },
  { id: WORLD.trialCustomer, label: "John's Pizza" },
] as const;

/** Language names are shown in their own language, so no translation is needed. */
export const LOCALES = [
  { code: 'en', label: 'English' },
  { code: 'ru', label: 'Русский' },
  { code: 'ro', label: 'Română' },
  { code: 'he', label: 'עברית' },
] as const;

/** The org whose setup the prompt offers: John's Pizza, a trial not yet set up. */
export const TRIAL_ORG = WORLD.trialCustomer;
