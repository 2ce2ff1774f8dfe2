import type { SubscriberPackage, WholesalePackage } from '@onramp/contract';
import { adminPackageOf } from '@onramp/domain';
import { fingerprint } from '../../core/idempotency.js';
import { fail, type Handler, isFailure } from '../../handling/reply.js';
import { defaultCallInNumberFor } from '../../store/call-in.js';
import { randomIdPair } from '../../store/ids.js';
import type { StoredCustomer } from '../../store/types.js';
import { checkCustomerFields } from './address-rules.js';
import { findCustomer, mergeLimits } from './customer-rules.js';

/** The list without repeats, first occurrence kept: the list itself when it has none (the usual case). */
function uniqueList<T>(list: T[]): T[] {
  for (let i = 1; i < list.length; i++) if (list.indexOf(list[i] as T) !== i) return [...new Set(list)];
  return list;
}

export const provisionWholesaleCustomer: Handler<'provisionWholesaleCustomer'> = ({
  store,
  clock,
  body,
  baseUrl,
  scheduler,
}) => {
  const fieldError = checkCustomerFields(body);
  if (fieldError) return fieldError;
  if (store.customerByExternal(body.externalId)) {
    return fail(
      409,
      'customer_exists',
      `A customer with externalId ${body.externalId} already exists.`,
      'externalId',
    );
  }
  const [id, orgId] = randomIdPair('CUSTOMER', 'ORGANIZATION');
  const now = clock.now();
  const customer: StoredCustomer = {
    id,
    orgId: body.orgId ?? orgId,
    partnerOrgId: store.partnerOrgId,
    provisioningId: body.provisioningId,
    externalId: body.externalId,
    address: body.address,
    orgCountry: body.address.country,
    status: 'provisioning',
    // The body is this request's own (parsed or copied by the core): its parts are kept as they are.
    packages: uniqueList(body.packages),
    packageLimits: mergeLimits(body.packages, body.provisioningParameters?.packages?.limits),
    createdAt: now,
    lastStatusChange: now,
  };
  if (body.customerInfo) customer.customerInfo = body.customerInfo;
  // DOMAIN §3: its admins get the package level it is created with; it never changes afterwards.
  const adminPackage = adminPackageOf(customer.packageLimits);
  if (adminPackage) customer.adminPackage = adminPackage as SubscriberPackage;
  // The billing country at creation becomes the org country, which decides the call-in number
  // (DOMAIN §3.3); it stays when the billing address changes later (decisions/0022).
  const callIn = defaultCallInNumberFor(body.address.country);
  if (callIn) customer.defaultCallInNumber = callIn;
  const created = scheduler.wholesale.create(customer);
  const url = `${baseUrl}/wholesale/customers/${created.id}`;
  return { status: 202, headers: { location: url }, body: { url } };
};

export const updateWholesaleCustomer: Handler<'updateWholesaleCustomer'> = ({
  store,
  path,
  body,
  baseUrl,
  scheduler,
}) => {
  const customer = findCustomer(store, path.customerId ?? '');
  if (isFailure(customer)) return customer;
  const fieldError = checkCustomerFields(body);
  if (fieldError) return fieldError;
  if (customer.status !== 'provisioned' && customer.status !== 'provisioned_with_errors') {
    return fail(
      409,
      'customer_busy',
      `The customer is ${customer.status}; it can be updated once it is provisioned.`,
      'status',
    );
  }
  if (
    body.externalId !== undefined &&
    body.externalId !== customer.externalId &&
    store.customerByExternal(body.externalId)
  ) {
    return fail(
      409,
      'customer_exists',
      `A customer with externalId ${body.externalId} already exists.`,
      'externalId',
    );
  }
  const packages = [...new Set(body.packages)] as WholesalePackage[];
  const packageLimits = mergeLimits(
    packages,
    body.provisioningParameters?.packages?.limits,
    customer.packageLimits,
  );
  // Quantities are limits: a package still held by subscribers cannot go below what is in use.
  for (const pkg of new Set([...customer.packages, ...packages])) {
    const used = store.packageUsage(customer.id, pkg);
    const limit = packages.includes(pkg) ? (packageLimits[pkg] ?? 0) : 0;
    if (used > limit) {
      return fail(
        409,
        'package_in_use',
        `${used} subscriber(s) hold ${pkg}; its quantity cannot go below that (asked: ${limit}).`,
        'packages',
      );
    }
  }
  const addressChanged =
    body.address !== undefined && fingerprint(body.address) !== fingerprint(customer.address);
  const next: StoredCustomer = {
    ...customer,
    externalId: body.externalId ?? customer.externalId,
    packages,
    packageLimits,
  };
  // The billing address changes; the org country does not (it is set at creation, DOMAIN §3.3), so
  // neither does the call-in number it decides (decisions/0022).
  if (body.address) next.address = body.address;
  // The RPL check runs again every time the billing address changes (DOMAIN §3.2).
  const result = addressChanged ? scheduler.wholesale.addressUpdated(next) : scheduler.wholesale.update(next);
  if ('error' in result) return fail(409, 'customer_busy', result.error.message, 'status');
  const url = `${baseUrl}/wholesale/customers/${result.customer.id}`;
  return { status: 202, headers: { location: url }, body: { url } };
};

export const removeWholesaleCustomer: Handler<'removeWholesaleCustomer'> = ({
  store,
  path,
  baseUrl,
  scheduler,
}) => {
  const customer = findCustomer(store, path.customerId ?? '');
  if (isFailure(customer)) return customer;
  const result = scheduler.wholesale.remove(customer);
  if ('error' in result) return fail(409, 'customer_busy', result.error.message, 'status');
  return {
    status: 202,
    headers: { location: `${baseUrl}/wholesale/customers/${customer.id}` },
    body: undefined,
  };
};
