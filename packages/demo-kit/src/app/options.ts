import { SEEDED_ACTORS, SEEDED_ORGS, type SeededOrg, type SeededToken } from '@onramp/mock-server';

/** An actor choice: the seeded person's name (`SEEDED_ACTORS`) and the demo's words for their side and role. */
const actor = <T extends SeededToken>(token: T, role: string) => ({
  token,
  label: `${SEEDED_ACTORS[token].name} (${role})`,
});

/** The seeded actors a demo can sign in as; the first is the one it starts with. */
export const ACTORS = [
  actor('partner-full-admin', 'partner, full admin'),
  actor('customer-full-admin', 'customer, full admin'),
  actor('customer-read-only-admin', 'customer, read-only admin'),
  actor('external-full-admin', 'external, full admin'),
] as const;

const org = ({ id, name }: SeededOrg) => ({ id, label: name });

/** The customer orgs a demo shows, named as the seed names them (`SEEDED_ORGS`); the first is shown first. */
export const ORGS = [org(SEEDED_ORGS.provisionedCustomer), org(SEEDED_ORGS.trialCustomer)] as const;

/** Language names are shown in their own language, so no translation is needed. */
export const LOCALES = [
  { code: 'en', label: 'English' },
  { code: 'ru', label: 'Русский' },
  { code: 'ro', label: 'Română' },
  { code: 'he', label: 'עברית' },
] as const;

/** The org whose setup the prompt offers: John's Pizza, a trial not yet set up. */
export const TRIAL_ORG = SEEDED_ORGS.trialCustomer.id;
