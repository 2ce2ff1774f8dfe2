import type { z } from 'zod/mini';
import {
  addExternalAdminRequestSchema,
  addUserRequestSchema,
  contactCenterTenantSetupRequestSchema,
  onboardingLinkRequestSchema,
  onboardingPasswordRequestSchema,
  onboardingTermsRequestSchema,
  orderMappingRequestSchema,
  setupCountryRequestSchema,
  setupPlatformRequestSchema,
  setupStepRequestSchema,
  setupTelephonyRequestSchema,
  setupTimeZoneRequestSchema,
  startTrialRequestSchema,
  userActivationRequestSchema,
  userAdminRoleRequestSchema,
  userConnectRoleRequestSchema,
  userDetailsRequestSchema,
  userLicenseRequestSchema,
} from './designed.js';
import {
  precheckCustomerRequestSchema,
  precheckSubscriberRequestSchema,
  provisionCustomerRequestSchema,
  provisionSubscriberRequestSchema,
  updateCustomerRequestSchema,
  updateSubscriberRequestSchema,
} from './wholesale.js';

export * from './designed.js';
export * from './primitives.js';
export * from './wholesale.js';

/**
 * The zod schema of every JSON request body in the contract, by operationId. The mock server validates
 * with these; a test proves each one matches the contract. The widgets validate with the same bodies as
 * JSON Schema (`@onramp/contract/json-schemas`), held to these by their differential test.
 */
export const requestBodySchemas = {
  provisionWholesaleCustomer: provisionCustomerRequestSchema,
  updateWholesaleCustomer: updateCustomerRequestSchema,
  precheckWholesaleCustomer: precheckCustomerRequestSchema,
  provisionWholesaleSubscriber: provisionSubscriberRequestSchema,
  updateWholesaleSubscriber: updateSubscriberRequestSchema,
  precheckWholesaleSubscriber: precheckSubscriberRequestSchema,
  startTrial: startTrialRequestSchema,
  mapOrder: orderMappingRequestSchema,
  startOnboarding: onboardingLinkRequestSchema,
  setOnboardingPassword: onboardingPasswordRequestSchema,
  acceptOnboardingTerms: onboardingTermsRequestSchema,
  activateConnect: onboardingLinkRequestSchema,
  saveSetupCurrentStep: setupStepRequestSchema,
  saveSetupCountry: setupCountryRequestSchema,
  saveSetupTimeZone: setupTimeZoneRequestSchema,
  saveSetupPlatform: setupPlatformRequestSchema,
  saveSetupTelephony: setupTelephonyRequestSchema,
  setUpContactCenter: contactCenterTenantSetupRequestSchema,
  addUser: addUserRequestSchema,
  setUserLicense: userLicenseRequestSchema,
  updateUser: userDetailsRequestSchema,
  setUserActivation: userActivationRequestSchema,
  setUserConnectRole: userConnectRoleRequestSchema,
  setUserAdminRole: userAdminRoleRequestSchema,
  addExternalAdmin: addExternalAdminRequestSchema,
} satisfies Record<string, z.ZodMiniType>;

export type RequestBodyOperationId = keyof typeof requestBodySchemas;
