import type { ServiceType } from '@onramp/contract';
import type { StoredCustomer, StoredOrg, StoredUser } from './types.js';

/**
 * The customer org a wholesale customer gets when it starts provisioning (decisions/0046), as a
 * record: the customer's name, the billing country as org country (DOMAIN §3.3), the partner as its
 * manager, the services its packages entitle. Used by the lifecycle (new customers) and the seed
 * (seeded customers past that point), so both build the same org.
 */
export function wholesaleCustomerOrg(
  customer: StoredCustomer,
  services: ServiceType[],
  firstAdminUserId: string | null,
  createdAt: number,
): StoredOrg {
  return {
    id: customer.orgId,
    name: customer.customerInfo?.name ?? customer.externalId,
    kind: 'customer',
    country: customer.orgCountry ?? customer.address.country,
    partnerOrgId: customer.partnerOrgId,
    hasOwnContactCenter: false,
    provisioningAccessTo: [],
    services,
    subscription: null,
    firstAdminUserId,
    degraded: [],
    createdAt,
  };
}

/**
 * Its first full admin, from `customerInfo.primaryEmail`. DOMAIN §3: admins get the package level the
 * customer was created with (the contact-center service is licensed per agent, not to admins).
 */
export function wholesaleFirstAdmin(
  customer: StoredCustomer,
  email: string,
  id: string,
  services: ServiceType[],
  fields: Pick<StoredUser, 'status' | 'createdAt'> & Partial<Pick<StoredUser, 'onboarding'>>,
): StoredUser {
  return {
    id,
    email,
    firstName: email.split('@')[0] ?? 'Admin',
    lastName: '',
    orgId: customer.orgId,
    roles: ['full_admin'],
    license: null,
    services: services.filter((service) => service !== 'contact_center'),
    version: 1,
    ...fields,
  };
}
