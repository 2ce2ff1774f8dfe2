/**
 * The curated face of the contract: named types for what consumers use, and the runtime lists of
 * every enum's values. Import these, never the raw generated paths (which may be reshaped by a
 * generator upgrade).
 */
import type { components, operations, paths } from '../generated/openapi.js';

export type { components, operations, paths } from '../generated/openapi.js';
export * from './enums.js';

type Schemas = components['schemas'];

/** The body of every non-2xx answer (the real API's shape, plus `field` and `reason`). */
export type ErrorResponse = Schemas['ErrorResponse'];
export type ErrorDetail = Schemas['ErrorDetail'];
export type DenialReason = Schemas['DenialReason'];

// Wholesale (wire-compatible with the real API)
export type Customer = Schemas['Customer'];
export type CustomerStatus = Schemas['CustomerStatus'];
export type Address = Schemas['Address'];
export type BillingAddress = Schemas['BillingAddress'];
export type WholesalePackage = Schemas['WholesalePackagesCustomer'];
export type SubscriberPackage = Schemas['WholesalePackagesSubscriber'];
export type CustomerPackage = Schemas['Package'];
export type ProvisionCustomerRequest = Schemas['ProvisionCustomerRequest'];
export type UpdateCustomerRequest = Schemas['UpdateCustomerRequest'];
export type PrecheckCustomerRequest = Schemas['PrecheckCustomerRequest'];
export type CustomerProvisioningParameters = Schemas['CustomerProvisioningParameters'];
export type PrecheckResponse = Schemas['CustomerProvisioningPrecheckResponse'];
export type Subscriber = Schemas['Subscriber'];
export type ProvisionSubscriberRequest = Schemas['ProvisionSubscriberRequest'];
export type UpdateSubscriberRequest = Schemas['UpdateSubscriberRequest'];
export type PrecheckSubscriberRequest = Schemas['PrecheckSubscriberRequest'];
export type SubPartner = Schemas['SubPartner'];
export type RplReview = Schemas['RplReview'];
export type DefaultCallInNumber = Schemas['DefaultCallInNumber'];
export type CallInLocation = Schemas['CallInLocation'];

/** Every operation's id, e.g. `provisionWholesaleCustomer`. */
export type OperationId = keyof operations;
/** Every path of the contract, e.g. `/wholesale/customers/{customerId}`. */
export type ApiPath = keyof paths;
