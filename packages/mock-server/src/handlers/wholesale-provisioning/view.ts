import type { Customer, CustomerPackage, Subscriber } from '@onramp/contract';
import type { StoredCustomer, StoredSubscriber } from '../../store/types.js';

const iso = (ms: number) => new Date(ms).toISOString();

function packageStatus(status: StoredCustomer['status']): CustomerPackage['status'] {
  if (status === 'provisioned' || status === 'provisioned_with_errors') return 'provisioned';
  if (status === 'deleting') return 'deleting';
  if (status === 'error') return 'error';
  return 'provisioning';
}

/**
 * The statuses in which the real API presents `orgId`: "only presented when status is provisioned"
 * (its description), read as "once provisioning has produced the org": while it is first
 * provisioning, waiting for the RPL review or failed, a client has no org to reference yet
 * (decisions/0031). The mock keeps the id internally (the org is built when provisioning starts).
 */
const ORG_ID_SHOWN: ReadonlySet<StoredCustomer['status']> = new Set([
  'provisioned',
  'provisioned_with_errors',
  'updating',
  'deleting',
]);

/** The wire form of a stored customer (with the Onramp extension fields). */
export function customerView(customer: StoredCustomer, includeLicenseInfo = false): Customer {
  const status = packageStatus(customer.status);
  const packages: CustomerPackage[] = customer.packages.map((name, index) => {
    const failed = customer.status === 'provisioned_with_errors' && index === 0;
    return {
      name,
      status: failed ? 'error' : status,
      ...(failed
        ? {
            warnings: [
              {
                errorCode: 2560,
                description: 'One or more services are unavailable due to maintenance; retry later.',
              },
            ],
          }
        : {}),
      ...(includeLicenseInfo && status === 'provisioned' ? { licenseIds: [`${customer.id}:${name}`] } : {}),
    };
  });
  return {
    id: customer.id,
    ...(ORG_ID_SHOWN.has(customer.status) ? { orgId: customer.orgId } : {}),
    externalId: customer.externalId,
    address: customer.address,
    orgCountry: customer.orgCountry ?? customer.address.country,
    status: customer.status,
    packages: customer.packages,
    resourceDetails: { packages },
    ...(customer.errors ? { errors: customer.errors } : {}),
    ...(customer.customerInfo ? { customerInfo: customer.customerInfo } : {}),
    packageLimits: customer.packageLimits,
    ...(customer.adminPackage ? { adminPackage: customer.adminPackage } : {}),
    ...(customer.rplReview ? { rplReview: customer.rplReview } : {}),
    ...(customer.defaultCallInNumber ? { defaultCallInNumber: customer.defaultCallInNumber } : {}),
    createdAt: iso(customer.createdAt),
    lastStatusChange: iso(customer.lastStatusChange),
  };
}

/**
 * The wire text of a stored customer, computed once per record. Records are never changed in place
 * (every change stores a new object with `putCustomer`), so the record itself is the cache key.
 */
const customerText = new WeakMap<StoredCustomer, string>();
export function customerJson(customer: StoredCustomer): string {
  let text = customerText.get(customer);
  if (text === undefined) {
    text = JSON.stringify(customerView(customer));
    customerText.set(customer, text);
  }
  return text;
}

export function subscriberView(subscriber: StoredSubscriber): Subscriber {
  const legacy = [
    'webex_calling',
    'webex_meetings',
    'webex_suite',
    'webex_voice',
    'cx_essentials',
    'webex_calling_standard',
  ] as const;
  const single = (legacy as readonly string[]).includes(subscriber.package)
    ? { package: subscriber.package as (typeof legacy)[number] }
    : {};
  return {
    id: subscriber.id,
    personId: subscriber.personId,
    email: subscriber.email,
    customerId: subscriber.customerId,
    externalCustomerId: subscriber.externalCustomerId,
    ...single,
    packages: [subscriber.package],
    status: subscriber.status,
    created: iso(subscriber.created),
    lastStatusChange: iso(subscriber.lastStatusChange),
  };
}
