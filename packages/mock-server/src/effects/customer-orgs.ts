import type { ServiceType } from '@onramp/contract';
import type { Viewer } from '../glue/actors.js';
import { encodeId, randomUuid } from '../store/ids.js';
import { welcomeEmailSent } from '../store/onboarding.js';
import { makeSetup } from '../store/seed-builders.js';
import type { Store } from '../store/store.js';
import type { StoredOrg, StoredSubscription, StoredUser } from '../store/types.js';
import { sendWelcome } from './emails.js';

export interface NewCustomerOrg {
  name: string;
  adminEmail: string;
  country: string;
  services: ServiceType[];
  subscription: StoredSubscription;
}

/**
 * A new customer org of the viewer's partner org, with its first admin (unverified until the
 * welcome e-mail's activation is done, DOMAIN §1.1) and a not-started services setup.
 */
export function createCustomerOrg(
  store: Store,
  viewer: Viewer,
  spec: NewCustomerOrg,
  now: number,
): StoredOrg {
  const orgId = encodeId('ORGANIZATION', randomUuid());
  const admin: StoredUser = {
    id: encodeId('PEOPLE', randomUuid()),
    email: spec.adminEmail,
    firstName: spec.adminEmail.split('@')[0] ?? 'Admin',
    lastName: '',
    orgId,
    status: 'unverified',
    roles: ['full_admin'],
    license: null,
    services: spec.services.filter((service) => service !== 'contact_center'),
    version: 1,
    onboarding: welcomeEmailSent(now),
    createdAt: now,
  };
  const org: StoredOrg = {
    id: orgId,
    name: spec.name,
    kind: 'customer',
    country: spec.country,
    partnerOrgId: viewer.org.id,
    hasOwnContactCenter: false,
    provisioningAccessTo: [],
    services: spec.services,
    subscription: spec.subscription,
    firstAdminUserId: admin.id,
    degraded: [],
    createdAt: now,
  };
  store.directory.putOrg(org);
  store.directory.putUser(admin);
  store.setups.set(orgId, { ...makeSetup(org, {}, now), updatedAt: now });
  sendWelcome(store, admin, org.name, viewer.org.name, now);
  return org;
}
