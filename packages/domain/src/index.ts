// @onramp/domain: Onramp's business rules as pure functions over data. No I/O, no clock (time is
// passed in as ms since the epoch), no DOM. Named exports grouped by folder: what the mock server, the
// SDK, the widgets and the portal use (test/public-api.test.ts pins the list). Tables and helpers
// not listed stay inside the package; README.md maps each DOMAIN.md section and table to its module.

// Addresses: per-country rules, subdivisions, validation.
export {
  type AddressRule,
  addressRuleFor,
  type PostalCodeLabel,
  type PostalCodeRule,
  type RegionLabel,
  type RegionRule,
} from './address/address-rules.js';
export type { SubdivisionList } from './address/subdivisions.js';
export {
  type AddressInput,
  type AddressIssue,
  type AddressIssueCode,
  type ValidateAddressOptions,
  validateAddress,
} from './address/validate-address.js';

// Call-in numbers: default locations and the telephony domain.
export { isIsoCountryCode, isoCountryCodes } from './call-in/call-in-locations.js';
export { type ResolvedCallInNumber, resolveDefaultCallInNumber } from './call-in/resolve-call-in.js';
export { type DialInNumber, displayPhoneNumber, type TelephonyDomain } from './call-in/telephony-domain.js';

// Catalogue: countries of operation, telephony by region, time zones.
export {
  COUNTRIES_OF_OPERATION,
  type CountryOfOperation,
  type OrderRestriction,
} from './catalogue/countries.js';
export {
  type CountryCompatibility,
  countryCompatibility,
  findCountry,
  type OrderFacts,
} from './catalogue/country-lookup.js';
export { languageTag, WHOLESALE_LANGUAGES } from './catalogue/languages.js';
export {
  TELEPHONY_OPTION_DETAILS,
  type TelephonyOptionDetails,
  telephonyOptionsFor,
} from './catalogue/telephony.js';
export { TIME_ZONES } from './catalogue/time-zones.js';

// Webex Connect: activation window, role sync, tenant URLs.
export { activationDeadline, isActivationExpired } from './connect/activation-window.js';
export {
  type ConnectAccess,
  connectAccessOf,
  connectRoleChange,
  connectRoleFor,
  controlHubRoleFor,
} from './connect/role-sync.js';
export { connectTenantUrl } from './connect/tenant-url.js';

// Decisions: what every rule answers (allowed, or denied with a reason).
export type { Allowed, Decision, Denied } from './decision.js';

// Customer admin onboarding.
export {
  accountStateOf,
  completeOnboardingStep,
  isAccountActive,
  mayFollowConnectInvitation,
  nextOnboardingStep,
  ONBOARDING_NOT_STARTED,
  type OnboardingResult,
  type OnboardingState,
} from './onboarding/customer-admin-onboarding.js';

// Order mapping.
export {
  type MappingTarget,
  type OrderMappingRefusal,
  type OrderMappingRefusalCode,
  type OrderToMap,
  orderMappingRefusal,
} from './orders/order-mapping.js';

// Permissions: actors and roles, the privilege matrix, visibility, role changes.
export {
  type Actor,
  effectiveRole,
  exclusiveRoleOf,
  isExclusiveRole,
  type TargetUser,
  validateRoles,
} from './permissions/actors.js';
export {
  type ActionTarget,
  can,
  canPartnerAction,
  effectivePermissions,
  mayPartnerAction,
} from './permissions/can.js';
export { type OrgServiceFacts, orgHasContactCenter } from './permissions/org-contact-center.js';
export { type Privilege, type PrivilegeCell, privilegesOf } from './permissions/privilege-matrix.js';
export { serviceAdminTargetsFor } from './permissions/service-admin-assigners.js';
export { roleChoicesFor, type SetRoleResult, setRole } from './permissions/set-role.js';
export { activationDecision } from './permissions/user-activation.js';
export { adminVisibility, canSee, type ListedUser, visibleAdmins } from './permissions/visibility.js';

// Users: license options and the users / licenses CSV files.
export { formatCsv, parseCsv } from './users/csv-text.js';
export {
  CSV_LICENSE_COLUMNS,
  type CsvLicenseResult,
  type CsvRowError,
  licenseAfterCsvRow,
} from './users/license-csv.js';
export { type LicenseRefusal, licenseChangeRefusal, licenseOptionsFor } from './users/license-options.js';
export {
  readUsersCsv,
  USERS_CSV_COLUMNS,
  USERS_CSV_EMAIL_COLUMN,
  type UsersCsvFile,
  type UsersCsvFileError,
  type UsersCsvRow,
  type UsersCsvRowError,
  usersCsvRowErrors,
} from './users/users-csv.js';

// Vocabulary: the names shared by contract, mock, SDK and widgets.
export {
  ACTIONS,
  type AccountState,
  type Action,
  type AdminRole,
  type CallInLocation,
  type ConnectRole,
  CUSTOMER_STATUSES,
  type CustomerStatus,
  type DataCenter,
  DENIAL_REASONS,
  type DenialReason,
  type ExclusiveAdminRole,
  isOneOf,
  type License,
  ONBOARDING_MILESTONES,
  type OnboardingMilestone,
  type OrgKind,
  type OrgRelation,
  PLATFORMS,
  type Platform,
  REGIONS,
  type Region,
  RPL_REVIEW_OUTCOMES,
  type RplResult,
  type RplReviewOutcome,
  SETUP_ERROR_CODES,
  type SetupErrorCode,
  type SetupStatus,
  type SetupStep,
  TELEPHONY_OPTIONS,
  type TelephonyOption,
  type WholesalePackage,
} from './vocabulary.js';

// Wholesale: packages, allocation, the customer lifecycle and RPL review, error codes.
export { adminPackageOf, adminPackageRefusal, packageLevel } from './wholesale/admin-package.js';
export {
  advance,
  applyCustomerEvent,
  CUSTOMER_TRANSITIONS,
  type CustomerEvent,
  type CustomerEventResult,
  type CustomerEventType,
  type CustomerLifecycle,
  createCustomer,
  type RplCheck,
  type RunOutcome,
  SERVICES_BY_CUSTOMER_STATUS,
} from './wholesale/customer-lifecycle.js';
export {
  type AllocationResult,
  assignPackage,
  type PackageAllocation,
  type PackageHolder,
  type PackageQuantities,
  validatePackageOrder,
} from './wholesale/package-allocation.js';
export { type EntitledService, servicesOfPackages } from './wholesale/package-services.js';
export { packageInfo, WHOLESALE_PACKAGE_CATALOGUE, type WholesalePackageInfo } from './wholesale/packages.js';
export { RPL_REVIEW_LIMIT_MS, RPL_TYPICAL_REVIEW_MINUTES, rplDeadline } from './wholesale/rpl.js';
export type { WholesaleError, WholesaleErrorCode } from './wholesale/wholesale-error.js';

// The setup wizard: steps, answers, the reducer, access and what follows setup.
export {
  PLATFORM_DETAILS_LABELS,
  type TenantSetupConflict,
  type TenantSetupFacts,
  tenantSetupDecision,
  tenantSetupRequired,
} from './wizard/after-setup.js';
export {
  PROVISIONING_STAGES,
  type ProvisioningRun,
  type ProvisioningStageEntry,
  type ProvisioningStageState,
  provisioningTimeline,
} from './wizard/provisioning-stages.js';
export { resumeStep, shouldShowSetupWizard, tenantDataCenter } from './wizard/setup-access.js';
export {
  ciscoPstnApplies,
  ciscoPstnRulesOutCountry,
  missingAnswer,
  telephonyUnavailableReason,
} from './wizard/setup-answers.js';
export { setupReducer } from './wizard/setup-reducer.js';
export {
  countryDropdownDefault,
  EMPTY_ANSWERS,
  type SetupAnswers,
  type SetupCommand,
  type SetupContext,
  type SetupError,
  type SetupResult,
  type SetupState,
} from './wizard/setup-state.js';
export { editableStepsFor, setupStepsFor, stepIndex } from './wizard/setup-steps.js';
export { tenantSetupChatRefusal, tenantSetupPerformers } from './wizard/tenant-chat.js';
export { hasWebexCalling } from './wizard/webex-calling.js';
