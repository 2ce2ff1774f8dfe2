import type {
  ContactCenterDetails,
  Customer,
  DigitalServices,
  ServiceStatusReport,
  SubscriptionSummary,
} from '@onramp/contract';
import { type ApiClient, type ApiResult, call } from '../api/client.js';

/** The org-level views the panel shows (DOMAIN §2.3: Account › Subscriptions, Monitoring, services). */
export interface AccountViews {
  subscriptions: SubscriptionSummary;
  serviceStatus: ServiceStatusReport;
  digitalServices: DigitalServices;
  contactCenter: ContactCenterDetails;
}

/** The calls the subscription panel makes, each one line over the typed client. */
export function panelApi(client: ApiClient) {
  const org = (orgId: string) => ({ params: { path: { orgId } } });
  return {
    customer: (customerId: string): Promise<ApiResult<Customer>> =>
      call(() => client.GET('/wholesale/customers/{customerId}', { params: { path: { customerId } } })),
    /** All four views, or the first problem (a 404 while a new wholesale customer's org does not exist yet). */
    async account(orgId: string): Promise<ApiResult<AccountViews>> {
      const [subscriptions, serviceStatus, digitalServices, contactCenter] = await Promise.all([
        call(() => client.GET('/organizations/{orgId}/subscriptions', org(orgId))),
        call(() => client.GET('/organizations/{orgId}/serviceStatus', org(orgId))),
        call(() => client.GET('/organizations/{orgId}/digitalServices', org(orgId))),
        call(() => client.GET('/organizations/{orgId}/contactCenter', org(orgId))),
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
        },
      };
    },
  };
}

export type PanelApi = ReturnType<typeof panelApi>;
