import * as z from 'zod/mini';
import {
  provisionSubscriberRequestPackageValues,
  wholesalePackagesCustomerValues,
  wholesalePackagesSubscriberValues,
} from '../../generated/openapi.js';
import { email, iso2Country, requiredText, text } from './primitives.js';

const customerPackage = z.enum(wholesalePackagesCustomerValues);
const subscriberPackage = z.enum(wholesalePackagesSubscriberValues);
/** The deprecated single `package` field accepts fewer values than `packages` (as in the real API). */
const legacySubscriberPackage = z.enum(provisionSubscriberRequestPackageValues);

/** `BillingAddress`: a country is mandatory; it becomes the org country (DOMAIN §3.3). */
export const billingAddressSchema = z.object({
  addressLine1: text(),
  addressLine2: z.optional(text()),
  city: text(),
  stateOrProvince: z.optional(text()),
  zipOrPostalCode: z.optional(text()),
  country: iso2Country(),
});

/** A sanity bound on package quantities, so absurd input gets a clear 400. */
export const MAX_QUANTITY = 1_000_000;

const limitedPackages = [
  'webex_calling',
  'common_area_calling',
  'webex_meetings',
  'webex_suite',
  'webex_voice',
  'cx_essentials',
  'webex_calling_standard',
  'attendant_console',
] as const;

/** `CustomerProvisioningParameters`: calling location, meetings time zone, package quantities. */
export const customerProvisioningParametersSchema = z.object({
  calling: z.optional(
    z.object({
      location: z.object({
        name: text(),
        address: billingAddressSchema,
        timezone: text(),
        language: text(),
        emergencyLocationIdentifier: z.optional(text()),
      }),
    }),
  ),
  meetings: z.optional(z.object({ timezone: z.optional(text()) })),
  packages: z.optional(
    z.object({
      limits: z.optional(
        z.object(
          Object.fromEntries(
            limitedPackages.map((name) => [
              name,
              z.optional(z.int().check(z.minimum(0), z.maximum(MAX_QUANTITY))),
            ]),
          ),
        ),
      ),
    }),
  ),
});

const customerPackages = () => z.array(customerPackage);

export const provisionCustomerRequestSchema = z.object({
  provisioningId: text(),
  packages: customerPackages().check(z.minLength(1)),
  orgId: z.optional(text()),
  externalId: requiredText(),
  address: billingAddressSchema,
  customerInfo: z.optional(
    z.object({
      name: requiredText().check(z.regex(/^[^%]*$/, 'The name cannot include the "%" character.')),
      primaryEmail: email(),
      language: z.optional(text()),
    }),
  ),
  provisioningParameters: z.optional(customerProvisioningParametersSchema),
  subPartnerAdminEmail: z.optional(email()),
});

export const updateCustomerRequestSchema = z.object({
  externalId: z.optional(requiredText()),
  packages: customerPackages().check(z.minLength(1)),
  address: z.optional(billingAddressSchema),
  provisioningParameters: z.optional(customerProvisioningParametersSchema),
  subPartnerAdminEmail: z.optional(email()),
});

export const precheckCustomerRequestSchema = z.object({
  provisioningId: z.optional(text()),
  packages: z.optional(customerPackages()),
  orgId: z.optional(text()),
  externalId: z.optional(requiredText()),
  address: billingAddressSchema,
  customerInfo: z.optional(
    z.object({
      name: z.optional(
        requiredText().check(z.regex(/^[^%]*$/, 'The name cannot include the "%" character.')),
      ),
      primaryEmail: email(),
    }),
  ),
  provisioningParameters: z.optional(customerProvisioningParametersSchema),
});

const subscriberParameters = z.object({
  firstName: z.optional(text()),
  lastName: z.optional(text()),
  primaryPhoneNumber: z.optional(text()),
  extension: z.optional(text()),
  locationId: z.optional(text()),
});

export const provisionSubscriberRequestSchema = z.object({
  customerId: text(),
  email: email(),
  package: z.optional(legacySubscriberPackage),
  packages: z.optional(z.array(subscriberPackage)),
  provisioningParameters: subscriberParameters,
});

export const updateSubscriberRequestSchema = z.object({
  package: z.optional(subscriberPackage),
  packages: z.optional(z.array(subscriberPackage)),
  provisioningParameters: z.optional(
    z.object({
      primaryPhoneNumber: z.optional(text()),
      extension: z.optional(text()),
      locationId: z.optional(text()),
    }),
  ),
});

export const precheckSubscriberRequestSchema = z.object({
  provisioningId: z.optional(text()),
  customerId: z.optional(text()),
  email: email(),
  package: z.optional(legacySubscriberPackage),
  packages: z.optional(z.array(subscriberPackage)),
  provisioningParameters: z.optional(subscriberParameters),
  customerInfo: z.optional(z.object({ primaryEmail: email() })),
});
