import { fileURLToPath } from 'node:url';
import ts from 'typescript';
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
  'PROVISIONING_STAGES',
  'provisioningTimeline',
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

/**
 * The names `@onramp/domain` and `@onramp/contract` both export, deliberately: the domain re-exports
 * the contract's own type under its own name (the enums of the vocabulary, the wizard's answers). A
 * name both export must be here and must be that very re-export; a domain type that means something
 * else takes another name (`ResolvedCallInNumber`, `OnboardingMilestone`).
 */
const CONTRACT_REEXPORTS = [
  'Action',
  'AdminRole',
  'CallInLocation',
  'ConnectRole',
  'CustomerStatus',
  'DataCenter',
  'DenialReason',
  'License',
  'OrgKind',
  'OrgRelation',
  'Platform',
  'Region',
  'SetupAnswers',
  'SetupStatus',
  'SetupStep',
  'TelephonyOption',
  'WholesalePackage',
];

/** Each exported name of both entry points (types and values), with the declaration it resolves to. */
function sharedExports() {
  const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const contractEntry = ts.resolveModuleName('@onramp/contract', entry, program.getCompilerOptions(), ts.sys)
    .resolvedModule?.resolvedFileName;
  const exportsOf = (file: string | undefined) => {
    const source = file ? program.getSourceFile(file) : undefined;
    const module = source && checker.getSymbolAtLocation(source);
    if (!module) throw new Error(`no module at ${file}`);
    const target = (symbol: ts.Symbol) =>
      symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    return new Map(checker.getExportsOfModule(module).map((symbol) => [symbol.name, target(symbol)]));
  };
  const ours = exportsOf(entry);
  const theirs = exportsOf(contractEntry);
  return [...ours].flatMap(([name, symbol]) =>
    theirs.has(name) ? [{ name, same: theirs.get(name) === symbol }] : [],
  );
}

describe('names shared with @onramp/contract', () => {
  const shared = sharedExports();

  it('are the deliberate re-exports only', () => {
    expect(shared.map((s) => s.name).sort()).toEqual([...CONTRACT_REEXPORTS].sort());
  });

  it("each is the contract's own declaration, not a type of the same name", () => {
    expect(shared.filter((s) => !s.same).map((s) => s.name)).toEqual([]);
  });
});
