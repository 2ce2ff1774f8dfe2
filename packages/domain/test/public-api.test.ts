import { describe, expect, it } from 'vitest';
import * as domain from '../src/index.js';

// The entry point is what the mock server and the widgets import: these names are the promise.
describe('public API', () => {
  it.each([
    'can',
    'effectivePermissions',
    'setRole',
    'roleChoicesFor',
    'canSee',
    'visibleAdmins',
    'adminVisibility',
    'effectiveRole',
    'validateRoles',
    'privilegesOf',
    'serviceAdminTargetsFor',
    'setupReducer',
    'resumeStep',
    'shouldShowSetupWizard',
    'setupStepsFor',
    'findCountry',
    'countryCompatibility',
    'telephonyOptionsFor',
    'hasWebexCalling',
    'completeOnboardingStep',
    'isAccountActive',
    'connectRoleFor',
    'controlHubRoleFor',
    'activationDeadline',
    'isActivationExpired',
    'licenseAfterCsvRow',
    'assignPackage',
    'adminPackageOf',
    'adminPackageRefusal',
    'packageLevel',
    'isIsoCountryCode',
    'displayPhoneNumber',
    'validatePackageOrder',
    'createCustomer',
    'applyCustomerEvent',
    'advance',
    'rplDeadline',
    'resolveDefaultCallInNumber',
    'addressRuleFor',
    'validateAddress',
    'servicesOfPackages',
  ])('exports the function %s', (name) => {
    expect(typeof (domain as Record<string, unknown>)[name]).toBe('function');
  });

  it('does not leak the internal steps of the permission checks', () => {
    expect(Object.keys(domain)).not.toContain('standingOf');
    expect(Object.keys(domain)).not.toContain('roleChangeDecision');
    expect(Object.keys(domain)).not.toContain('setupError');
  });
});
