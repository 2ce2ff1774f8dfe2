import type { WholesalePackage } from '@onramp/contract';
import { fingerprint } from '../../core/idempotency.js';
import { resolveDefaultCallInNumber } from '../../rules/call-in.js';
import { encodeId, randomUuid } from '../../store/ids.js';
import type { StoredCustomer } from '../../store/types.js';
import { fail, type Handler } from '../reply.js';
import { checkPackages, mergeLimits } from './customer-rules.js';

export const provisionWholesaleCustomer: Handler<'provisionWholesaleCustomer'> = ({
  store,
  clock,
  body,
  baseUrl,
  lifecycle,
}) => {
  if (store.customerByExternal(body.externalId)) {
    return fail(
      409,
      'customer_exists',
      `A customer with externalId ${body.externalId} already exists.`,
      'externalId',
    );
  }
  const packageError = checkPackages(body.packages);
  if (packageError) return packageError;
  const uuid = randomUuid();
  const now = clock.now();
  const customer: StoredCustomer = {
    id: encodeId('CUSTOMER', uuid),
    orgId: body.orgId ?? encodeId('ORGANIZATION', uuid),
    partnerOrgId: store.partnerOrgId,
    provisioningId: body.provisioningId,
    externalId: body.externalId,
    address: body.address,
    status: 'provisioning',
    packages: [...new Set(body.packages)],
    packageLimits: mergeLimits(body.packages, body.provisioningParameters?.packages?.limits),
    ...(body.customerInfo ? { customerInfo: body.customerInfo } : {}),
    // The billing country becomes the org country, which decides the call-in number (DOMAIN §3.3).
    defaultCallInNumber: resolveDefaultCallInNumber(body.address.country),
    createdAt: now,
    lastStatusChange: now,
  };
  const created = lifecycle.onboard(customer, 'created');
  const url = `${baseUrl}/wholesale/customers/${created.id}`;
  return { status: 202, headers: { location: url }, body: { url } };
};

export const updateWholesaleCustomer: Handler<'updateWholesaleCustomer'> = ({
  store,
  path,
  body,
  baseUrl,
  lifecycle,
}) => {
  const customer = store.customers.get(path.customerId ?? '');
  if (!customer)
    return fail(
      404,
      'customer_not_found',
      `No wholesale customer has the id ${path.customerId}.`,
      'customerId',
    );
  if (customer.status === 'deleting' || customer.status === 'pending_rpl_review') {
    return fail(
      409,
      'customer_busy',
      `The customer is ${customer.status}; it cannot be updated now.`,
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
  const packageError = checkPackages(body.packages);
  if (packageError) return packageError;
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
    ...(body.address
      ? { address: body.address, defaultCallInNumber: resolveDefaultCallInNumber(body.address.country) }
      : {}),
  };
  // The RPL check runs again every time the billing address changes (DOMAIN §3.2).
  const updated = addressChanged ? lifecycle.onboard(next, 'address_updated') : lifecycle.update(next);
  const url = `${baseUrl}/wholesale/customers/${updated.id}`;
  return { status: 202, headers: { location: url }, body: { url } };
};

export const removeWholesaleCustomer: Handler<'removeWholesaleCustomer'> = ({
  store,
  path,
  baseUrl,
  lifecycle,
}) => {
  const customer = store.customers.get(path.customerId ?? '');
  if (!customer)
    return fail(
      404,
      'customer_not_found',
      `No wholesale customer has the id ${path.customerId}.`,
      'customerId',
    );
  lifecycle.remove(customer);
  return {
    status: 202,
    headers: { location: `${baseUrl}/wholesale/customers/${customer.id}` },
    body: undefined,
  };
};
