import type { LicenseUsage } from '@onramp/contract';
import { WHOLESALE_PACKAGE_CATALOGUE } from '@onramp/domain';
import { authorize } from '../../handling/access.js';
import { type Handler, isFailure, isoDate } from '../../handling/reply.js';

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
