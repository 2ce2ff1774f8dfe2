import type { AdminRole, WholesalePackage } from '../vocabulary.js';
import { type WholesaleError, wholesaleError } from './wholesale-error.js';

/**
 * The package levels a user (and so an admin) can hold, lowest first (decisions/0020): the
 * entitlement ladder of the wholesale offer. Voice < meetings < calling (standard, then the full
 * package, which also has basic meetings) < the suite < Customer Assist (the suite with
 * contact-center essentials). Common-area calling (devices, not people), contact-center agent
 * packages and add-ons are not levels: no admin holds one as their one package.
 */
export const PACKAGE_LEVELS: readonly WholesalePackage[] = [
  'webex_voice',
  'webex_meetings',
  'webex_calling_standard',
  'webex_calling',
  'webex_suite',
  'cx_essentials',
];

/** A package's place on the ladder (0 is the lowest), or `null` when it is not a level. */
export function packageLevel(name: string): number | null {
  const level = PACKAGE_LEVELS.indexOf(name as WholesalePackage);
  return level === -1 ? null : level;
}

/**
 * DOMAIN §3: "admins must be given the same package level the customer org was created with". The
 * seed names no field for it, so the customer's level is the highest package it ordered with a
 * quantity left for the admin (one of them is the admin's); `null` when it ordered none.
 */
export function adminPackageOf(
  quantities: Readonly<Partial<Record<string, number>>>,
): WholesalePackage | null {
  for (let level = PACKAGE_LEVELS.length - 1; level >= 0; level--) {
    const name = PACKAGE_LEVELS[level] as WholesalePackage;
    if ((quantities[name] ?? 0) > 0) return name;
  }
  return null;
}

/**
 * Why an admin may not hold `next` (or `null` when they may): never below the customer's package
 * level. For the customer's full admin that is a downgrade, which "is not supported" (DOMAIN §3);
 * moving up is allowed. The field is where the contract's update carries the package.
 */
export function adminPackageRefusal(
  adminPackage: WholesalePackage,
  adminRole: AdminRole | null,
  next: string,
  field = 'package',
): WholesaleError | null {
  if (adminRole === null) return null;
  const wanted = packageLevel(next);
  const floor = packageLevel(adminPackage);
  if (floor === null || (wanted !== null && wanted >= floor)) return null;
  if (adminRole === 'full_admin')
    return wholesaleError(
      'admin_package_downgrade',
      `The customer's full admin holds the customer's package level (${adminPackage}); ${next} is below it and downgrading is not supported.`,
      field,
    );
  return wholesaleError(
    'admin_package_level',
    `Admins hold the customer's package level (${adminPackage}) or higher; ${next} is below it.`,
    field,
  );
}
