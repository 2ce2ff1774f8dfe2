import type {
  BillingAddress,
  ContactCenterDetails,
  Customer,
  DigitalServices,
  Me,
  ServiceStatusReport,
  SubscriptionSummary,
  User,
} from '@onramp/contract';
import { type AdminRole, mayPartnerAction, type OrgRelation } from '@onramp/domain';
import { type ApiClient, type ApiResult, call } from '../api/client.js';

/** The org-level views the panel shows (DOMAIN §2.3: Account › Subscriptions, Monitoring, services). */
export interface AccountViews {
  subscriptions: SubscriptionSummary;
  serviceStatus: ServiceStatusReport;
  digitalServices: DigitalServices;
  contactCenter: ContactCenterDetails;
  /** The org's administrators (the users page's `administrators` filter); null when not visible. */
  admins: User[] | null;
}

/** Whether the signed-in user may change wholesale customers (`manage_wholesale`, DOMAIN §3). */
export function mayManageWholesale(me: Me): boolean {
  const relation: OrgRelation =
    me.orgKind === 'partner' ? 'partner' : me.orgKind === 'customer' ? 'customer' : 'external';
  // The effective role (full > service > provisioning > read-only), as the mock computes it.
  const role: AdminRole | null =
    me.adminRole === 'full_admin' || me.adminRole === 'service_admin'
      ? me.adminRole
      : me.provisioningAdmin
        ? 'provisioning_admin'
        : (me.adminRole ?? null);
  const licenses = me.contactCenterLicense ? [me.contactCenterLicense] : [];
  // `mayPartnerAction`, not `can`: the same answer without the other rules, nor the English
  // refusal messages, in the panel's bundle.
  return mayPartnerAction({ userId: me.id, relation, role, licenses }, 'manage_wholesale');
}

/** The calls the subscription panel makes, each one line over the typed client. */
export function panelApi(client: ApiClient) {
  const org = (orgId: string) => ({ params: { path: { orgId } } });
  return {
    customer: (customerId: string): Promise<ApiResult<Customer>> =>
      call(() => client.GET('/wholesale/customers/{customerId}', { params: { path: { customerId } } })),
    me: (): Promise<ApiResult<Me>> => call(() => client.GET('/me')),
    /** The contract's update with the customer's packages as they are: only the address changes. */
    updateAddress: (customer: Customer, address: BillingAddress) =>
      call(() =>
        client.PUT('/wholesale/customers/{customerId}', {
          params: { path: { customerId: customer.id ?? '' } },
          body: { packages: customer.packages ?? [], address },
        }),
      ),
    /** All four views, or the first problem (a 404 while a new wholesale customer's org does not exist yet). */
    async account(orgId: string): Promise<ApiResult<AccountViews>> {
      const [subscriptions, serviceStatus, digitalServices, contactCenter, admins] = await Promise.all([
        call(() => client.GET('/organizations/{orgId}/subscriptions', org(orgId))),
        call(() => client.GET('/organizations/{orgId}/serviceStatus', org(orgId))),
        call(() => client.GET('/organizations/{orgId}/digitalServices', org(orgId))),
        call(() => client.GET('/organizations/{orgId}/contactCenter', org(orgId))),
        call(() =>
          client.GET('/organizations/{orgId}/users', {
            params: { path: { orgId }, query: { filter: 'administrators' } },
          }),
        ),
      ]);
      if (subscriptions.problem) return subscriptions;
      if (serviceStatus.problem) return serviceStatus;
      if (digitalServices.problem) return digitalServices;
      if (contactCenter.problem) return contactCenter;
      return {
        data: {
          subscriptions: subscriptions.data,
          serviceStatus: serviceStatus.data,
          digitalServices: digitalServices.data,
          contactCenter: contactCenter.data,
          // Users are a view of their own: an actor who may not list them still sees the account.
          admins: admins.data ? admins.data.items : null,
        },
      };
    },
  };
}

export type PanelApi = ReturnType<typeof panelApi>;
