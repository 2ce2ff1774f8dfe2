import type { SubscriberPackage } from '@onramp/contract';
import { adminPackageRefusal } from '@onramp/domain';
import { fail, type Failure as WholesaleFailure } from '../../handling/reply.js';
import type { Store } from '../../store/store.js';
import type { StoredCustomer, StoredSubscriber } from '../../store/types.js';

type Failure = WholesaleFailure<400 | 404 | 409>;

/** The stored subscriber, or the 404 every subscriber operation answers for an unknown id. */
export function findSubscriber(store: Store, subscriberId: string): StoredSubscriber | WholesaleFailure<404> {
  return (
    store.subscribers.get(subscriberId) ??
    fail(404, 'subscriber_not_found', `No wholesale subscriber has the id ${subscriberId}.`, 'subscriberId')
  );
}

/** Every user holds exactly one package (DOMAIN §3.1): `package` or a one-item `packages`, not both. */
export function singlePackage(body: {
  package?: SubscriberPackage;
  packages?: SubscriberPackage[];
}): SubscriberPackage | Failure {
  if (body.package !== undefined && body.packages !== undefined) {
    return fail(400, 'package_conflict', 'Give either package or packages, not both.', 'packages');
  }
  const chosen = body.packages ?? (body.package ? [body.package] : []);
  if (chosen.length === 0)
    return fail(
      400,
      'required',
      'Give the package as packages (a one-item list) or package: the real API requires one of them ("Either packages or package field is required but not both"), though its schema marks neither.',
      'packages',
    );
  if (new Set(chosen).size !== 1)
    return fail(400, 'one_package_only', 'Every subscriber is assigned exactly one package.', 'packages');
  return chosen[0] as SubscriberPackage;
}

/** The customer must be ready, have ordered the package and have a seat of it left. */
export function checkSeat(
  store: Store,
  customer: StoredCustomer,
  pkg: SubscriberPackage,
): Failure | undefined {
  if (customer.status !== 'provisioned' && customer.status !== 'provisioned_with_errors') {
    return fail(
      409,
      'customer_not_ready',
      `The customer is ${customer.status}; subscribers can be added once it is provisioned.`,
      'customerId',
    );
  }
  if (!(customer.packages as string[]).includes(pkg)) {
    return fail(409, 'package_not_ordered', `The customer has not ordered the package ${pkg}.`, 'packages');
  }
  const used = store.packageUsage(customer.id, pkg);
  if (used >= (customer.packageLimits[pkg] ?? 0)) {
    return fail(
      409,
      'package_quantity_exhausted',
      `All ${used} ${pkg} package(s) of this customer are assigned.`,
      'packages',
    );
  }
  return undefined;
}

/**
 * An admin of the customer org keeps the customer's package level (DOMAIN §3): the domain's rule on
 * the subscriber's admin role in the customer org, a 409 naming `packages` when it refuses.
 */
export function checkAdminPackage(
  store: Store,
  customer: StoredCustomer,
  subscriber: StoredSubscriber,
  pkg: SubscriberPackage,
): Failure | undefined {
  if (!customer.adminPackage) return undefined;
  const user = store.directory.users.get(subscriber.personId);
  const role =
    user?.orgId === customer.orgId ? (user.roles.find((r) => r !== 'provisioning_admin') ?? null) : null;
  const refusal = adminPackageRefusal(customer.adminPackage, role, pkg, 'packages');
  return refusal ? fail(409, refusal.code, refusal.message, refusal.field) : undefined;
}
