import type { License } from '@onramp/contract';
import type { MessageKey } from './i18n/index.js';

/**
 * What is wrong with the services chosen for a trial, before anything is sent: the server wants at
 * least one (`services` has `minItems: 1`), and its 400 would only say so in its own words.
 */
export function servicesProblem(services: readonly string[]): MessageKey | undefined {
  return services.length === 0 ? 'trial.needService' : undefined;
}

/**
 * The contact-center licenses a trial asks for (`StartTrialRequest.licenses`), preset as the seed's
 * John's Pizza trial has them.
 */
export const TRIAL_LICENSES: readonly { license: License; quantity: number }[] = [
  { license: 'cc_standard', quantity: 25 },
  { license: 'cc_premium', quantity: 10 },
];

/** The most of one license a trial may ask for (`LicenseQuantity.quantity` has `maximum: 100000`). */
export const MAX_LICENSE_QUANTITY = 100_000;

/**
 * What is wrong with a license quantity as typed: a whole number from 0 to `MAX_LICENSE_QUANTITY`
 * (digits only: no sign, decimals or exponent). Said before anything is sent.
 */
export function quantityProblem(typed: string): MessageKey | undefined {
  const value = typed.trim();
  if (!/^[0-9]+$/.test(value)) return 'trial.licenseWhole';
  return Number(value) > MAX_LICENSE_QUANTITY ? 'trial.licenseMax' : undefined;
}
