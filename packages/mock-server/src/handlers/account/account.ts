import type { LicenseUsage, MonitoredService, RoleSyncEntry, ServiceStatusEntry } from '@onramp/contract';
import {
  connectAccessOf,
  connectRoleFor,
  controlHubRoleFor,
  effectiveRole,
  SERVICES_BY_CUSTOMER_STATUS,
  WHOLESALE_PACKAGE_CATALOGUE,
} from '@onramp/domain';
import { authorize } from '../../handling/access.js';
import { type Handler, isFailure, iso, isoDate } from '../../handling/reply.js';
import { tenantUrlOf } from '../onboarding/onboarding.js';

const DAY = 86_400_000;

/** *Manage › Account › Subscriptions* (DOMAIN §2.3, §3.1). */
export const getSubscriptions: Handler<'getSubscriptions'> = ({ store, clock, viewer, path }) => {
  const access = authorize(store, viewer, path.orgId, 'view_service');
  if (isFailure(access)) return access;
  const { org } = access;
  const sub = org.subscription;
  const now = clock.now();
  const licenseUsage: LicenseUsage[] = (sub?.licenses ?? []).map(({ license, quantity }) => ({
    license,
    quantity,
    assigned: store.directory.licensesAssigned(org.id, license),
  }));
  const customer = store.customerByOrgId(org.id);
  const packages = customer
    ? customer.packages.map((name) => ({
        name,
        quantity: customer.packageLimits[name] ?? 0,
        assigned: store.packageUsage(customer.id, name),
      }))
    : [];
  const addOns = Object.values(WHOLESALE_PACKAGE_CATALOGUE)
    .filter((info) => info.kind === 'add_on')
    .map((info) => ({
      name: info.name as 'attendant_console' | 'cisco_calling_plan',
      orderable: false as const,
      note: 'In the pipeline: not orderable in the first release (DOMAIN §3.1).',
    }));
  return {
    status: 200,
    body: {
      orgId: org.id,
      trial:
        sub?.kind === 'trial' && sub.endsAt !== null
          ? {
              trialId: sub.sourceId,
              startDate: isoDate(sub.startedAt),
              endDate: isoDate(sub.endsAt),
              daysLeft: Math.max(0, Math.min(90, Math.ceil((sub.endsAt - now) / DAY))),
            }
          : null,
      subscription:
        sub?.kind === 'subscription'
          ? {
              id: sub.sourceId,
              orderReference: sub.orderReference,
              startDate: isoDate(sub.startedAt),
              renewalDate: isoDate(sub.startedAt + 365 * DAY),
            }
          : null,
      licenseUsage,
      packages,
      addOns,
    },
  };
};

const MONITORED: MonitoredService[] = [
  'contact_center',
  'calling',
  'meetings',
  'messaging',
  'engage',
  'connect',
];

/** *Monitoring › Troubleshooting* (DOMAIN §2.3): one entry per monitored service. */
export const getServiceStatus: Handler<'getServiceStatus'> = ({ store, viewer, path }) => {
  const access = authorize(store, viewer, path.orgId, 'view_service');
  if (isFailure(access)) return access;
  const { org } = access;
  const setup = store.setups.get(org.id);
  const setupStatus = setup?.state.status;
  // A wholesale customer's services follow its lifecycle: none operational while it is onboarding.
  const wholesale = store.customerByOrgId(org.id);
  const lifecycle = wholesale ? SERVICES_BY_CUSTOMER_STATUS[wholesale.status] : 'live';
  const services: ServiceStatusEntry[] = MONITORED.map((service) => {
    const updatedAt = iso(setup?.updatedAt ?? org.createdAt);
    const digital = service === 'contact_center' || service === 'engage' || service === 'connect';
    const present = digital ? setupStatus === 'completed' : org.services.includes(service);
    if (digital && setupStatus === 'provisioning')
      return { service, status: 'provisioning', updatedAt, message: 'The services setup is provisioning.' };
    if (!present || lifecycle === 'not_provisioned') return { service, status: 'not_provisioned', updatedAt };
    if (lifecycle === 'provisioning')
      return { service, status: 'provisioning', updatedAt, message: 'The customer is provisioning.' };
    if (org.degraded.includes(service))
      return {
        service,
        status: 'degraded',
        updatedAt,
        message: 'Some users may see delays (seeded incident).',
      };
    return { service, status: 'operational', updatedAt };
  });
  return { status: 200, body: { orgId: org.id, services } };
};

/** Webex Engage and Connect with the role sync of DOMAIN §1.4 (the domain's two tables). */
export const getDigitalServices: Handler<'getDigitalServices'> = ({ store, viewer, path }) => {
  const access = authorize(store, viewer, path.orgId, 'view_service');
  if (isFailure(access)) return access;
  const { org } = access;
  const provisioned = store.setups.get(org.id)?.state.status === 'completed';
  const roleSync: RoleSyncEntry[] = [];
  if (provisioned) {
    for (const id of store.directory.userIdsOf(org.id)) {
      const user = store.directory.users.get(id);
      if (!user) continue;
      if (user.addedInConnectAs) {
        roleSync.push({
          userId: user.id,
          email: user.email,
          controlHubRole: controlHubRoleFor(user.addedInConnectAs),
          connectRole: user.addedInConnectAs,
          direction: 'connect_to_control_hub',
        });
        continue;
      }
      const role = effectiveRole(user.roles);
      const connectRole = connectRoleFor(role, 'customer');
      if (connectRole)
        roleSync.push({
          userId: user.id,
          email: user.email,
          controlHubRole: role,
          connectRole,
          direction: 'control_hub_to_connect',
        });
    }
  }
  // Partner admins use Connect right away (the domain's `connectAccessOf`, seed 000).
  const partnerAdmins = org.partnerOrgId
    ? store.directory
        .userIdsOf(org.partnerOrgId)
        .map((id) => store.directory.users.get(id))
        .flatMap((user) => {
          const adminRole = user ? effectiveRole(user.roles) : null;
          if (
            !user ||
            !adminRole ||
            connectAccessOf({ role: adminRole, relation: 'partner' }) !== 'immediate'
          )
            return [];
          return [{ userId: user.id, email: user.email, adminRole, access: 'immediate' as const }];
        })
    : [];
  return {
    status: 200,
    body: {
      orgId: org.id,
      engage: { provisioned },
      connect: {
        provisioned,
        tenantUrl: tenantUrlOf(store, org),
        partnerAdmins: provisioned ? partnerAdmins : [],
      },
      partnerAdminsHaveEngageAccess: false,
      roleSync,
    },
  };
};
