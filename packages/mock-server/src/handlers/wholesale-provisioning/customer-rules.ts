import type { WholesalePackage } from '@onramp/contract';
import { type Failure, fail } from '../../handling/reply.js';
import type { Store } from '../../store/store.js';
import type { StoredCustomer } from '../../store/types.js';

/**
 * The mock's quantity for an ordered package given without one: the real API has a default the
 * reference does not state, and the mock must never answer "unlimited".
 */
export const DEFAULT_PACKAGE_QUANTITY = 100;

/** The quantity of each ordered package: given, else the previous one, else the default. */
export function mergeLimits(
  packages: readonly WholesalePackage[],
  given: Readonly<Record<string, number | undefined>> | undefined,
  previous: Readonly<Record<string, number>> = {},
): Record<string, number> {
  const limits: Record<string, number> = {};
  for (const p of packages) limits[p] = given?.[p] ?? previous[p] ?? DEFAULT_PACKAGE_QUANTITY;
  return limits;
}

/** The wholesale customer with this id, or the 404 every wholesale operation answers for it. */
export function findCustomer(store: Store, customerId: string): StoredCustomer | Failure<404> {
  return (
    store.customers.get(customerId) ??
    fail(404, 'customer_not_found', `No wholesale customer has the id ${customerId}.`, 'customerId')
  );
}
