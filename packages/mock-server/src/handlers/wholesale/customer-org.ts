import { servicesOfPackages } from '@onramp/domain';
import { encodeId, randomUuid } from '../../store/ids.js';
import type { Store } from '../../store/store.js';
import type { StoredCustomer } from '../../store/types.js';
import { wholesaleCustomerOrg, wholesaleFirstAdmin } from '../../store/wholesale-org.js';
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
  const email = customer.customerInfo?.primaryEmail;
  const admin =
    email && !store.directory.userByEmail(email)
      ? wholesaleFirstAdmin(customer, email, encodeId('PEOPLE', randomUuid()), services, {
          status: 'unverified',
          onboarding: {
            completed: ['welcome_email_sent'],
            welcomeEmailSentAt: now,
            at: { welcome_email_sent: now },
          },
          createdAt: now,
        })
      : undefined;
  const org = wholesaleCustomerOrg(customer, services, admin?.id ?? null, now);
  store.directory.putOrg(org);
  if (!admin) return;
  store.directory.putUser(admin);
  const partner = store.directory.orgs.get(customer.partnerOrgId)?.name ?? 'your service provider';
  sendWelcome(store, admin, org.name, partner, now);
}
