import type { Me, Organization, ServiceLicense, ServiceType } from '@onramp/contract';
import { effectiveRole, findCountry, PLATFORM_DETAILS_LABELS } from '@onramp/domain';
import { contactCenterProvisioned } from '../../glue/actors.js';
import { iso } from '../../handling/reply.js';
import { displayNameOf } from '../../store/directory.js';
import type { Store } from '../../store/store.js';
import type { StoredOrg, StoredUser } from '../../store/types.js';

const SERVICE_NAMES: Record<ServiceType, string> = {
  contact_center: 'Webex Contact Center',
  calling: 'Webex Calling',
  meetings: 'Webex Meetings',
  messaging: 'Webex Messaging',
};

/** The user's licenses as the contract lists them: other services, then the contact-center one. */
export function serviceLicenses(user: StoredUser): ServiceLicense[] {
  const others = user.services
    .filter((service) => service !== 'contact_center')
    .map((service) => ({ service, name: SERVICE_NAMES[service] }));
  if (!user.license) return others;
  const name = user.license === 'cc_standard' ? 'Webex Contact Center Standard' : 'Webex Contact Center';
  return [...others, { service: 'contact_center', name }];
}

export function meView(user: StoredUser, org: StoredOrg): Me {
  return {
    id: user.id,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    displayName: displayNameOf(user),
    orgId: org.id,
    orgName: org.name,
    orgKind: org.kind,
    adminRole:
      effectiveRole(user.roles.filter((role) => role !== 'provisioning_admin')) ?? effectiveRole(user.roles),
    provisioningAdmin: user.roles.includes('provisioning_admin'),
    licenses: serviceLicenses(user),
    contactCenterLicense: user.license,
  };
}

export function organizationView(store: Store, org: StoredOrg): Organization {
  const setup = store.setups.get(org.id);
  const completed = setup?.state.status === 'completed';
  const platform = completed ? setup.state.answers.platform : null;
  const country = findCountry(completed ? (setup.state.answers.country ?? org.country) : org.country);
  return {
    id: org.id,
    name: org.name,
    kind: org.kind,
    country: org.country,
    region: country?.region ?? null,
    hasContactCenter: contactCenterProvisioned(store, org),
    partnerOrgId: org.partnerOrgId,
    provisioningAccess: org.kind === 'partner' || org.partnerOrgId !== null,
    setupStatus: setup?.state.status ?? null,
    platform,
    platformDetails: platform ? (PLATFORM_DETAILS_LABELS[platform] as Organization['platformDetails']) : null,
    dataCenter: completed ? (country?.dataCenter ?? null) : null,
    createdAt: iso(org.createdAt),
  };
}
