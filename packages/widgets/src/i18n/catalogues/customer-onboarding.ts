import { defineCatalogue } from '../catalogue.js';
import en from '../locales/en/customer-onboarding.js';

/** The `customer-onboarding` area's messages: English bundled, the other locales loaded on first use. */
export const customerOnboardingCatalogue = defineCatalogue('customer-onboarding', en, {
  ru: () => import('../locales/ru/customer-onboarding.js'),
  ro: () => import('../locales/ro/customer-onboarding.js'),
  he: () => import('../locales/he/customer-onboarding.js'),
});
