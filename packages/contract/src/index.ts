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

// Designed here (no public API exists)
export type Action = Schemas['Action'];
export type AddOnName = Schemas['AddOnName'];
export type AdminRole = Schemas['AdminRole'];
export type ConnectRole = Schemas['ConnectRole'];
export type CountryCode = Schemas['CountryCode'];
export type DataCenter = Schemas['DataCenter'];
export type ErrorReason = Schemas['ErrorReason'];
export type License = Schemas['License'];
export type MonitoredService = Schemas['MonitoredService'];
export type OnboardingStep = Schemas['OnboardingStep'];
export type OrderKind = Schemas['OrderKind'];
export type OrderStatus = Schemas['OrderStatus'];
export type OrgKind = Schemas['OrgKind'];
export type OrgRelation = Schemas['OrgRelation'];
export type Platform = Schemas['Platform'];
export type PlatformDetails = Schemas['PlatformDetails'];
export type ProvisioningStage = Schemas['ProvisioningStage'];
export type Region = Schemas['Region'];
export type RoleSyncDirection = Schemas['RoleSyncDirection'];
export type ServiceState = Schemas['ServiceState'];
export type ServiceType = Schemas['ServiceType'];
export type SetupStatus = Schemas['SetupStatus'];
export type SetupStep = Schemas['SetupStep'];
export type TelephonyOption = Schemas['TelephonyOption'];
export type TrialStatus = Schemas['TrialStatus'];
export type UserListFilter = Schemas['UserListFilter'];
export type UserStatus = Schemas['UserStatus'];
export type ActionPermission = Schemas['ActionPermission'];
export type AddExternalAdminRequest = Schemas['AddExternalAdminRequest'];
export type AddOnInfo = Schemas['AddOnInfo'];
export type AddUserRequest = Schemas['AddUserRequest'];
export type AdminRoleChange = Schemas['AdminRoleChange'];
export type CatalogCountry = Schemas['CatalogCountry'];
export type CatalogPackage = Schemas['CatalogPackage'];
export type CatalogTelephonyOption = Schemas['CatalogTelephonyOption'];
export type CatalogTimeZone = Schemas['CatalogTimeZone'];
export type ConnectActivation = Schemas['ConnectActivation'];
export type ConnectActivationResult = Schemas['ConnectActivationResult'];
export type ContactCenterDetails = Schemas['ContactCenterDetails'];
export type ContactCenterTenantSetupRequest = Schemas['ContactCenterTenantSetupRequest'];
export type CustomerAdminActivation = Schemas['CustomerAdminActivation'];
export type DigitalServices = Schemas['DigitalServices'];
export type EffectivePermissions = Schemas['EffectivePermissions'];
export type Invitation = Schemas['Invitation'];
export type LicenseQuantity = Schemas['LicenseQuantity'];
export type LicenseUsage = Schemas['LicenseUsage'];
export type Me = Schemas['Me'];
export type NewCustomer = Schemas['NewCustomer'];
export type Onboarding = Schemas['Onboarding'];
export type Order = Schemas['Order'];
export type OrderMapping = Schemas['OrderMapping'];
export type OrderMappingRequest = Schemas['OrderMappingRequest'];
export type Organization = Schemas['Organization'];
export type PackageUsage = Schemas['PackageUsage'];
export type RoleOption = Schemas['RoleOption'];
export type RoleOptions = Schemas['RoleOptions'];
export type RoleSyncEntry = Schemas['RoleSyncEntry'];
export type ServiceLicense = Schemas['ServiceLicense'];
export type ServiceStatusEntry = Schemas['ServiceStatusEntry'];
export type ServiceStatusReport = Schemas['ServiceStatusReport'];
export type Setup = Schemas['Setup'];
export type SetupAnswers = Schemas['SetupAnswers'];
export type SetupChoices = Schemas['SetupChoices'];
export type SetupOrder = Schemas['SetupOrder'];
export type SetupProvisioning = Schemas['SetupProvisioning'];
export type SetupPrompt = Schemas['SetupPrompt'];
export type StartTrialRequest = Schemas['StartTrialRequest'];
export type SubscriptionInfo = Schemas['SubscriptionInfo'];
export type SubscriptionSummary = Schemas['SubscriptionSummary'];
export type Trial = Schemas['Trial'];
export type TrialPeriod = Schemas['TrialPeriod'];
export type User = Schemas['User'];
export type UserActivationRequest = Schemas['UserActivationRequest'];
export type UserConnectRoleRequest = Schemas['UserConnectRoleRequest'];
export type UserDetailsRequest = Schemas['UserDetailsRequest'];
export type UserImportFailure = Schemas['UserImportFailure'];
export type UserImportReport = Schemas['UserImportReport'];
export type UserImportRow = Schemas['UserImportRow'];
export type UserImportRowError = Schemas['UserImportRowError'];
export type UserList = Schemas['UserList'];
export type Warning = Schemas['Warning'];

/** Every operation's id, e.g. `provisionWholesaleCustomer`. */
export type OperationId = keyof operations;
/** Every path of the contract, e.g. `/wholesale/customers/{customerId}`. */
export type ApiPath = keyof paths;

// Authentication (the contract's bearer scheme), as every Onramp client takes it

/** What the bearer token is asked for: `refresh` is `true` after a 401, when a cached token must not be reused. */
export interface TokenContext {
  refresh: boolean;
}

/**
 * The `token` option of the SDK (`createOnrampClient({ token })`) and the widgets (`token`): a
 * fixed bearer token, or a function that returns one, synchronously or not (called before each
 * request; the SDK calls it again with `{ refresh: true }` after a 401).
 */
export type Token = string | ((context: TokenContext) => string | Promise<string>);
