import { servicesOfPackages } from '@onramp/domain';
import { encodeId, randomUuid } from '../../store/ids.js';
import type { Store } from '../../store/store.js';
import type { StoredCustomer, StoredOrg, StoredUser } from '../../store/types.js';
import { sendWelcome } from '../emails.js';

/**
 * The customer org of a wholesale customer that starts provisioning (decisions/0007), unless it
 * exists (an `orgId` of an existing org was given, or provisioning runs again): the customer's name,
 * the billing country as org country (DOMAIN §3.3), the services of its packages, and its first full
 * admin from `customerInfo.primaryEmail`, unverified until the welcome e-mail's activation. An
 * e-mail that already belongs to a user is not taken over: the org then starts without an admin.
 */
export function ensureCustomerOrg(store: Store, customer: StoredCustomer, now: number): void {
  if (store.directory.orgs.has(customer.orgId)) return;
  const services = servicesOfPackages(customer.packages);
  const name = customer.customerInfo?.name ?? customer.externalId;
  const email = customer.customerInfo?.primaryEmail;
  const admin: StoredUser | undefined =
    email && !store.directory.userByEmail(email)
      ? {
          id: encodeId('PEOPLE', randomUuid()),
          email,
          firstName: email.split('@')[0] ?? 'Admin',
          lastName: '',
          orgId: customer.orgId,
          status: 'unverified',
          roles: ['full_admin'],
          license: null,
          // DOMAIN §3: admins get the package level the customer was created with.
          services: services.filter((service) => service !== 'contact_center'),
          version: 1,
          onboarding: {
            completed: ['welcome_email_sent'],
            welcomeEmailSentAt: now,
            at: { welcome_email_sent: now },
          },
          createdAt: now,
        }
      : undefined;
  const org: StoredOrg = {
    id: customer.orgId,
    name,
    kind: 'customer',
    country: customer.address.country,
    partnerOrgId: customer.partnerOrgId,
    hasOwnContactCenter: false,
    provisioningAccessTo: [],
    services,
    subscription: null,
    firstAdminUserId: admin?.id ?? null,
    degraded: [],
    createdAt: now,
  };
  store.directory.putOrg(org);
  if (!admin) return;
  store.directory.putUser(admin);
  const partner = store.directory.orgs.get(customer.partnerOrgId)?.name ?? 'your service provider';
  sendWelcome(store, admin, name, partner, now);
}
