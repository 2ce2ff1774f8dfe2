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
import { type AdminRole, effectiveRole, mayPartnerAction, type OrgRelation } from '@onramp/domain';
import { Customers, Organizations, Permissions, SetupWizard, Subscriptions, Users } from '@onramp/sdk';
import {
  type ApiProblem,
  type ApiResult,
  type ClientContext,
  call,
  type OnrampClient,
} from '../api/client.js';

/** The SDK resources the subscription panel calls: a host's full client is one too. */
export type PanelSdk = Pick<
  OnrampClient,
  'customers' | 'permissions' | 'subscriptions' | 'organizations' | 'setup' | 'users'
>;

/** The subscription panel's quick-start client: its six resources alone, on one context. */
export const panelSdk = (ctx: ClientContext): PanelSdk => ({
  customers: new Customers(ctx),
  permissions: new Permissions(ctx),
  subscriptions: new Subscriptions(ctx),
  organizations: new Organizations(ctx),
  setup: new SetupWizard(ctx),
  users: new Users(ctx),
});

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
  // The role held in the own org, and provisioning admin beside it: the domain says which one acts.
  const held: AdminRole[] = me.adminRole ? [me.adminRole] : [];
  if (me.provisioningAdmin) held.push('provisioning_admin');
  const role = effectiveRole(held);
  const licenses = me.contactCenterLicense ? [me.contactCenterLicense] : [];
  // `mayPartnerAction`, not `can`: the same answer without the other rules, nor the English
  // refusal messages, in the panel's bundle.
  return mayPartnerAction({ userId: me.id, relation, role, licenses }, 'manage_wholesale');
}

/** The calls the subscription panel makes, each one SDK resource method in the result form. */
export function panelApi(sdk: PanelSdk) {
  return {
    customer: (customerId: string): Promise<ApiResult<Customer>> => call(sdk.customers.get(customerId)),
    me: (): Promise<ApiResult<Me>> => call(sdk.permissions.me()),
    /** The contract's update with the customer's packages as they are: only the address changes. */
    updateAddress: (customer: Customer, address: BillingAddress) =>
      call(sdk.customers.update(customer.id ?? '', { packages: customer.packages ?? [], address })),
    /** All four views, or the first problem (a 404 while a new wholesale customer's org does not exist yet). */
    async account(orgId: string): Promise<ApiResult<AccountViews>> {
      const [subscriptions, serviceStatus, digitalServices, contactCenter, admins] = await Promise.all([
        call(sdk.subscriptions.get(orgId)),
        call(sdk.organizations.serviceStatus(orgId)),
        call(sdk.organizations.digitalServices(orgId)),
        call(sdk.setup.contactCenter(orgId)),
        call(sdk.users.list(orgId, { filter: 'administrators' })),
      ]);
      const failed = [subscriptions, serviceStatus, digitalServices, contactCenter].find(
        (view) => view.problem,
      );
      if (failed) return failed as { problem: ApiProblem };
      return {
        data: {
          subscriptions: subscriptions.data!,
          serviceStatus: serviceStatus.data!,
          digitalServices: digitalServices.data!,
          contactCenter: contactCenter.data!,
          // Users are a view of their own: an actor who may not list them still sees the account.
          admins: admins.data ? admins.data.items : null,
        },
      };
    },
  };
}

export type PanelApi = ReturnType<typeof panelApi>;
