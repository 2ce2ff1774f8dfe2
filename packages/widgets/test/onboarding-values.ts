import { emptyValues, type OnboardingValues } from '../src/customer-onboarding/onboarding-form.js';

/** A filled-in onboarding form that passes every check (a German customer), with `patch` on top. */
export const filledForm = (patch: Partial<OnboardingValues> = {}): OnboardingValues => ({
  ...emptyValues(),
  name: 'Clean Bakery',
  primaryEmail: 'owner@example.com',
  externalId: 'ext-1',
  provisioningId: 'prov-1',
  addressLine1: '1 Main St',
  city: 'Berlin',
  zipOrPostalCode: '10115',
  country: 'DE',
  quantities: { webex_suite: '25' },
  ...patch,
});
