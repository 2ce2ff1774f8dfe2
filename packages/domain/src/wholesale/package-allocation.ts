import type { AdminRole, WholesalePackage } from '../vocabulary.js';
import { adminPackageRefusal } from './admin-package.js';
import { dependencySatisfied, packageInfo, WHOLESALE_PACKAGE_CATALOGUE } from './packages.js';
import { type WholesaleError, wholesaleError } from './wholesale-error.js';

/** How many of each package and add-on may be assigned: the limits set at creation (DOMAIN §3.1). */
export type PackageQuantities = Readonly<Partial<Record<WholesalePackage, number>>>;

export interface PackageAllocation {
  /** The package level the customer org was created with: its admins get the same (DOMAIN §3). */
  readonly adminPackage: WholesalePackage;
  readonly quantities: PackageQuantities;
  /** Every user holds exactly one package: userId → package. */
  readonly assignments: Readonly<Record<string, WholesalePackage>>;
}

/** A user of the customer org receiving a package. */
export interface PackageHolder {
  readonly userId: string;
  readonly adminRole: AdminRole | null;
}

export type AllocationResult =
  | { readonly allocation: PackageAllocation }
  | { readonly error: WholesaleError };

/** The problems of an order's packages and quantities, at customer creation (empty when none). */
export function validatePackageOrder(
  adminPackage: WholesalePackage,
  quantities: PackageQuantities,
): WholesaleError[] {
  const errors: WholesaleError[] = [];
  const ordered = orderedPackages(quantities);
  for (const [name, quantity] of Object.entries(quantities) as [WholesalePackage, number][]) {
    const field = `quantities.${name}`;
    if (!Number.isInteger(quantity) || quantity < 0) {
      errors.push(wholesaleError('invalid_quantity', 'A quantity is a whole number, zero or more.', field));
    } else if (quantity > 0 && !packageInfo(name).orderable) {
      errors.push(wholesaleError('package_not_orderable', `${name} cannot be ordered yet.`, field));
    }
    if (quantity > 0 && !dependencySatisfied(name, ordered)) {
      const needed = packageInfo(name).requiresOneOf.join(', ');
      errors.push(wholesaleError('dependency_missing', `${name} needs one of: ${needed}.`, field));
    }
  }
  if (packageInfo(adminPackage).kind !== 'package' || !ordered.includes(adminPackage)) {
    errors.push(
      wholesaleError('admin_package_level', 'The admin package must be an ordered base package.', 'package'),
    );
  }
  return errors;
}

function orderedPackages(quantities: PackageQuantities): WholesalePackage[] {
  return (Object.keys(WHOLESALE_PACKAGE_CATALOGUE) as WholesalePackage[]).filter(
    (name) => (quantities[name] ?? 0) > 0,
  );
}

export function packageUsage(allocation: PackageAllocation, name: WholesalePackage): number {
  return Object.values(allocation.assignments).filter((assigned) => assigned === name).length;
}

export function remainingQuantity(allocation: PackageAllocation, name: WholesalePackage): number {
  return (allocation.quantities[name] ?? 0) - packageUsage(allocation, name);
}

/** Give a user their one package (replacing the one they had), within the ordered quantities. */
export function assignPackage(
  allocation: PackageAllocation,
  user: PackageHolder,
  name: WholesalePackage,
): AllocationResult {
  const current = allocation.assignments[user.userId];
  if (current === name) return { allocation };
  if (packageInfo(name).kind !== 'package') {
    return {
      error: wholesaleError('not_a_base_package', `${name} is an add-on, not a user's package.`, 'package'),
    };
  }
  const refusal = adminPackageRefusal(allocation.adminPackage, user.adminRole, name);
  if (refusal) return { error: refusal };
  if (remainingQuantity(allocation, name) <= 0) {
    return {
      error: wholesaleError(
        'quantity_exceeded',
        `No ${name} left to assign: the ordered quantity is used.`,
        'package',
      ),
    };
  }
  return { allocation: { ...allocation, assignments: { ...allocation.assignments, [user.userId]: name } } };
}

/** A deleted user frees their package. */
export function releasePackage(allocation: PackageAllocation, userId: string): PackageAllocation {
  const { [userId]: _released, ...assignments } = allocation.assignments;
  return { ...allocation, assignments };
}
