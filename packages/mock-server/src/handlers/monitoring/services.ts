import type { MonitoredService, RoleSyncEntry, ServiceStatusEntry } from '@onramp/contract';
import {
  connectAccessOf,
  connectRoleFor,
  controlHubRoleFor,
  effectiveRole,
  SERVICES_BY_CUSTOMER_STATUS,
} from '@onramp/domain';
import { authorize } from '../../handling/access.js';
import { type Handler, isFailure, iso } from '../../handling/reply.js';
import { tenantUrlOf } from '../onboarding/onboarding.js';

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
