import { servicesOfPackages } from '@onramp/domain';
import { sendWelcome } from '../../effects/emails.js';
import { encodeId, randomUuid } from '../../store/ids.js';
import { welcomeEmailSent } from '../../store/onboarding.js';
import type { Store } from '../../store/store.js';
import type { StoredCustomer } from '../../store/types.js';
import { wholesaleCustomerOrg, wholesaleFirstAdmin } from '../../store/wholesale-org.js';

/**
 * The customer org of a wholesale customer that starts provisioning (decisions/0046), unless it
 * exists (an `orgId` of an existing org was given, or provisioning runs again): the customer's name,
 * the billing country as org country (DOMAIN §3.3), the services of its packages, and its first full
 * admin from `customerInfo.primaryEmail`, unverified until the welcome e-mail's activation. An
 * e-mail that already belongs to a user is not taken over: the org then starts without an admin.
 */
export function ensureCustomerOrg(store: Store, customer: StoredCustomer, now: number): void {
  if (store.directory.orgs.has(customer.orgId)) return;
  const services = servicesOfPackages(customer.packages);
  const email = customer.customerInfo?.primaryEmail;
  // The admin is the person who holds the customer's package (`holdAdminPackage`), when one does.
  const seat = email ? store.subscriberByEmailAddress(email) : undefined;
  const personId = seat?.customerId === customer.id ? seat.personId : encodeId('PEOPLE', randomUuid());
  const admin =
    email && !store.directory.userByEmail(email)
      ? wholesaleFirstAdmin(customer, email, personId, services, {
          status: 'unverified',
          onboarding: welcomeEmailSent(now),
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

/**
 * DOMAIN §3: the first full admin (`customerInfo.primaryEmail`) holds the customer's package level
 * as a subscriber, counted in its package usage, from the moment provisioning starts. Nothing when
 * the customer has no admin package or e-mail, or the e-mail is a subscriber already.
 */
export function holdAdminPackage(store: Store, customer: StoredCustomer, now: number): void {
  const email = customer.customerInfo?.primaryEmail;
  if (!email || !customer.adminPackage || store.subscriberByEmailAddress(email)) return;
  const uuid = randomUuid();
  store.putSubscriber({
    id: encodeId('SUBSCRIBER', uuid),
    personId: encodeId('PEOPLE', uuid),
    email,
    customerId: customer.id,
    externalCustomerId: customer.externalId,
    package: customer.adminPackage,
    status: 'provisioned',
    created: now,
    lastStatusChange: now,
  });
}
