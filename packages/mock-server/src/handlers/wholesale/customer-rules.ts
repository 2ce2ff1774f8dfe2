import type { ErrorResponse, WholesalePackage } from '@onramp/contract';
import { DEFAULT_PACKAGE_QUANTITY } from '../../rules/packages.js';
import { fail } from '../reply.js';

/** Add-ons in the catalogue that the first release cannot order (DOMAIN §3.1). */
export const NOT_ORDERABLE: readonly WholesalePackage[] = ['cisco_calling_plan', 'attendant_console'];

export function checkPackages(
  packages: readonly WholesalePackage[],
): { status: 400; body: ErrorResponse } | undefined {
  const addOn = packages.find((p) => NOT_ORDERABLE.includes(p));
  if (addOn) return fail(400, 'not_orderable', `The add-on ${addOn} is not orderable yet.`, 'packages');
  return undefined;
}

/** The quantity of each ordered package: given, else the previous one, else the default. */
export function mergeLimits(
  packages: readonly WholesalePackage[],
  given: Readonly<Record<string, number | undefined>> | undefined,
  previous: Readonly<Record<string, number>> = {},
): Record<string, number> {
  return Object.fromEntries(packages.map((p) => [p, given?.[p] ?? previous[p] ?? DEFAULT_PACKAGE_QUANTITY]));
}
