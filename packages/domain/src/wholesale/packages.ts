import type { WholesalePackage } from '../vocabulary.js';

export interface WholesalePackageInfo {
  readonly name: WholesalePackage;
  /** A package is a user's one entitlement; an add-on is a billable extra on top of it. */
  readonly kind: 'package' | 'add_on';
  /** DOMAIN §3.1: the first release orders no add-ons ("in the pipeline"). */
  readonly orderable: boolean;
  /** An add-on needs the user (and the order) to have one of these packages (the real API's rule). */
  readonly requiresOneOf: readonly WholesalePackage[];
}

function base(name: WholesalePackage): WholesalePackageInfo {
  return { name, kind: 'package', orderable: true, requiresOneOf: [] };
}

function addOn(name: WholesalePackage, requiresOneOf: readonly WholesalePackage[]): WholesalePackageInfo {
  return { name, kind: 'add_on', orderable: false, requiresOneOf };
}

/** The real API's package list, with the two add-ons of DOMAIN §3.1 and their dependencies. */
export const WHOLESALE_PACKAGE_CATALOGUE: Readonly<Record<WholesalePackage, WholesalePackageInfo>> = {
  common_area_calling: base('common_area_calling'),
  webex_calling: base('webex_calling'),
  webex_meetings: base('webex_meetings'),
  webex_suite: base('webex_suite'),
  webex_voice: base('webex_voice'),
  cx_essentials: base('cx_essentials'),
  webex_calling_standard: base('webex_calling_standard'),
  cisco_calling_plan: addOn('cisco_calling_plan', [
    'common_area_calling',
    'webex_calling',
    'webex_suite',
    'webex_voice',
    'cx_essentials',
    'webex_calling_standard',
  ]),
  attendant_console: addOn('attendant_console', ['webex_calling', 'webex_suite', 'cx_essentials']),
  cx_premium_agent: base('cx_premium_agent'),
  cx_standard_agent: base('cx_standard_agent'),
  cx_voice_ports: base('cx_voice_ports'),
  cx_ai_assistant: base('cx_ai_assistant'),
  webex_ai_agent: base('webex_ai_agent'),
};

export function packageInfo(name: WholesalePackage): WholesalePackageInfo {
  return WHOLESALE_PACKAGE_CATALOGUE[name];
}

/** Is an add-on's dependency met by these packages? Always true for a base package. */
export function dependencySatisfied(name: WholesalePackage, packages: readonly WholesalePackage[]): boolean {
  const { requiresOneOf } = packageInfo(name);
  return requiresOneOf.length === 0 || requiresOneOf.some((required) => packages.includes(required));
}
