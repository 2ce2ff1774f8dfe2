import { describe, expect, it } from 'vitest';
import * as domain from '../src/index.js';

/**
 * The runtime names `@onramp/domain` exports, pinned: what the mock server, the SDK, the widgets and
 * the portal import, plus the rules README.md documents. Adding one is a decision (and a
 * changeset); a table or helper leaking into the entry point fails here. Types are checked by the
 * packages that import them (their typecheck).
 */
const PUBLIC = [
  'accountStateOf',
  'ACTIONS',
  'activationDeadline',
  'activationDecision',
  'addressRuleFor',
  'adminPackageOf',
  'adminPackageRefusal',
  'adminVisibility',
  'advance',
  'applyCustomerEvent',
  'assignPackage',
  'can',
  'canPartnerAction',
  'canSee',
  'ciscoPstnApplies',
  'ciscoPstnRulesOutCountry',
  'completeOnboardingStep',
  'connectAccessOf',
  'connectRoleChange',
  'connectRoleFor',
  'connectTenantUrl',
  'controlHubRoleFor',
  'COUNTRIES_OF_OPERATION',
  'countryCompatibility',
  'countryDropdownDefault',
  'createCustomer',
  'CSV_LICENSE_COLUMNS',
  'CUSTOMER_STATUSES',
  'CUSTOMER_TRANSITIONS',
  'DENIAL_REASONS',
  'displayPhoneNumber',
  'editableStepsFor',
  'effectivePermissions',
  'effectiveRole',
  'EMPTY_ANSWERS',
  'exclusiveRoleOf',
  'findCountry',
  'formatCsv',
  'hasWebexCalling',
  'isAccountActive',
  'isActivationExpired',
  'isExclusiveRole',
  'isIsoCountryCode',
  'isoCountryCodes',
  'isOneOf',
  'languageTag',
  'licenseAfterCsvRow',
  'licenseChangeRefusal',
  'licenseOptionsFor',
  'mayFollowConnectInvitation',
  'mayPartnerAction',
  'missingAnswer',
  'nextOnboardingStep',
  'ONBOARDING_NOT_STARTED',
  'ONBOARDING_MILESTONES',
  'orderMappingRefusal',
  'orgHasContactCenter',
  'packageInfo',
  'packageLevel',
  'parseCsv',
  'PLATFORM_DETAILS_LABELS',
  'PLATFORMS',
  'privilegesOf',
  'readUsersCsv',
  'REGIONS',
  'resolveDefaultCallInNumber',
  'resumeStep',
  'roleChoicesFor',
  'RPL_REVIEW_LIMIT_MS',
  'RPL_REVIEW_OUTCOMES',
  'RPL_TYPICAL_REVIEW_MINUTES',
  'rplDeadline',
  'serviceAdminTargetsFor',
  'SERVICES_BY_CUSTOMER_STATUS',
  'servicesOfPackages',
  'setRole',
  'SETUP_ERROR_CODES',
  'setupReducer',
  'setupStepsFor',
  'shouldShowSetupWizard',
  'stepIndex',
  'TELEPHONY_OPTION_DETAILS',
  'TELEPHONY_OPTIONS',
  'telephonyOptionsFor',
  'telephonyUnavailableReason',
  'tenantDataCenter',
  'tenantSetupChatRefusal',
  'tenantSetupDecision',
  'tenantSetupPerformers',
  'tenantSetupRequired',
  'TIME_ZONES',
  'USERS_CSV_COLUMNS',
  'USERS_CSV_EMAIL_COLUMN',
  'usersCsvRowErrors',
  'validateAddress',
  'validatePackageOrder',
  'validateRoles',
  'visibleAdmins',
  'WHOLESALE_LANGUAGES',
  'WHOLESALE_PACKAGE_CATALOGUE',
];

describe('public API', () => {
  it('exports exactly the curated names', () => {
    expect(Object.keys(domain).sort()).toEqual([...PUBLIC].sort());
  });

  it.each([
    'can',
    'effectivePermissions',
    'setRole',
    'setupReducer',
    'resolveDefaultCallInNumber',
    'validateAddress',
    'servicesOfPackages',
  ])('exports the rule %s as a function', (name) => {
    expect(typeof (domain as Record<string, unknown>)[name]).toBe('function');
  });

  it('does not leak the internal steps of the permission checks, or the tables behind the rules', () => {
    for (const name of [
      'standingOf',
      'roleChangeDecision',
      'setupError',
      'PRIVILEGE_MATRIX',
      'ADDRESS_RULES',
      'TELEPHONY_BY_REGION',
      'CONNECT_TO_CONTROL_HUB',
    ])
      expect(Object.keys(domain)).not.toContain(name);
  });
});
