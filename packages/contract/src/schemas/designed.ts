import * as z from 'zod/mini';
import {
  adminRoleValues,
  connectRoleValues,
  licenseValues,
  platformValues,
  serviceTypeValues,
  setupStepValues,
  telephonyOptionValues,
} from '../../generated/openapi.js';
import { email, iso2Country, requiredText, text } from './primitives.js';

// Request bodies of the operations designed here (everything but /wholesale). The widgets' forms
// validate with these before submitting; the mock server validates every request with them.

const license = z.enum(licenseValues);
const linkToken = () => requiredText(512);

export const startTrialRequestSchema = z.strictObject({
  customerName: requiredText(200),
  customerAdminEmail: email(),
  services: z.array(z.enum(serviceTypeValues)).check(z.minLength(1), z.maxLength(4)),
  trialDays: z.int().check(z.minimum(1), z.maximum(90)),
  country: iso2Country(),
  licenses: z.optional(
    z
      .array(z.object({ license, quantity: z.int().check(z.minimum(0), z.maximum(100_000)) }))
      .check(z.maxLength(2)),
  ),
  ccai: z.optional(z.boolean()),
});

export const orderMappingRequestSchema = z.union([
  z.strictObject({
    customerOrgId: requiredText(200),
    country: iso2Country(),
    replaceSubscription: z.optional(z.boolean()),
  }),
  z.strictObject({
    newCustomer: z.strictObject({ name: requiredText(200), adminEmail: email() }),
    country: iso2Country(),
  }),
]);

export const onboardingLinkRequestSchema = z.strictObject({ token: linkToken() });
export const onboardingPasswordRequestSchema = z.strictObject({
  token: linkToken(),
  password: z.string().check(z.minLength(8), z.maxLength(128)),
});
export const onboardingTermsRequestSchema = z.strictObject({ token: linkToken(), accepted: z.literal(true) });

export const setupStepRequestSchema = z.strictObject({ step: z.enum(setupStepValues) });
export const setupCountryRequestSchema = z.strictObject({ country: iso2Country() });
export const setupTimeZoneRequestSchema = z.strictObject({ timeZone: requiredText(64) });
export const setupPlatformRequestSchema = z.strictObject({ platform: z.enum(platformValues) });
export const setupTelephonyRequestSchema = z.strictObject({ telephony: z.enum(telephonyOptionValues) });
export const contactCenterTenantSetupRequestSchema = z.strictObject({ chat: z.boolean() });

export const addUserRequestSchema = z.strictObject({
  email: email(),
  firstName: z.optional(text(200)),
  lastName: z.optional(text(200)),
  license: z.optional(z.nullable(license)),
});
// At least one field (the contract's `minProperties: 1`): an empty change is a mistake, not a no-op.
export const userDetailsRequestSchema = z
  .strictObject({ firstName: z.optional(text(200)), lastName: z.optional(text(200)) })
  .check(
    z.refine((body) => body.firstName !== undefined || body.lastName !== undefined, {
      message: 'Give firstName, lastName or both.',
    }),
  );
export const userConnectRoleRequestSchema = z.strictObject({ role: z.enum(connectRoleValues) });
export const userActivationRequestSchema = z.strictObject({ active: z.boolean() });
export const userLicenseRequestSchema = z.strictObject({ license: z.nullable(license) });
export const userAdminRoleRequestSchema = z.strictObject({ role: z.nullable(z.enum(adminRoleValues)) });
export const addExternalAdminRequestSchema = z.strictObject({ email: email() });
