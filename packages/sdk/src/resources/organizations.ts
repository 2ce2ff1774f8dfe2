import type {
  CatalogCountry,
  CatalogPackage,
  CatalogTelephonyOption,
  CatalogTimeZone,
  DigitalServices,
  EffectivePermissions,
  Me,
  Order,
  OrderMapping,
  OrderMappingRequest,
  Organization,
  operations,
  ServiceStatusReport,
  StartTrialRequest,
  SubscriptionSummary,
  Trial,
} from '@onramp/contract';
import { dataOf } from '../internal/unwrap.js';
import { type PagePromise, paged } from '../pagination.js';
import { type CallOptions, type CreateOptions, init, Resource } from './shared.js';

export type ListOrganizationsQuery = NonNullable<operations['listOrganizations']['parameters']['query']>;
export type ListOrdersQuery = NonNullable<operations['listOrders']['parameters']['query']>;
export type TelephonyOptionsQuery = NonNullable<
  operations['listCatalogTelephonyOptions']['parameters']['query']
>;
export type CountriesQuery = NonNullable<operations['listCatalogCountries']['parameters']['query']>;

/** The organizations the signed-in user can see (their own, their customers, external ones). */
export class Organizations extends Resource {
  list(query?: ListOrganizationsQuery, options?: CallOptions): PagePromise<Organization> {
    return paged(query, (q) =>
      dataOf(this.ctx.raw.GET('/organizations', { params: { query: q }, ...init(options) })),
    );
  }

  get(orgId: string, options?: CallOptions): Promise<Organization> {
    return dataOf(
      this.ctx.raw.GET('/organizations/{orgId}', { params: { path: { orgId } }, ...init(options) }),
    );
  }

  /** Monitoring › Troubleshooting: the status of each service the org uses (DOMAIN §2.3). */
  serviceStatus(orgId: string, options?: CallOptions): Promise<ServiceStatusReport> {
    return dataOf(
      this.ctx.raw.GET('/organizations/{orgId}/serviceStatus', {
        params: { path: { orgId } },
        ...init(options),
      }),
    );
  }

  /** The digital services (channels) of the org's contact center. */
  digitalServices(orgId: string, options?: CallOptions): Promise<DigitalServices> {
    return dataOf(
      this.ctx.raw.GET('/organizations/{orgId}/digitalServices', {
        params: { path: { orgId } },
        ...init(options),
      }),
    );
  }
}

/** Who is signed in, and what they may do in an organization. */
export class Permissions extends Resource {
  me(options?: CallOptions): Promise<Me> {
    return dataOf(this.ctx.raw.GET('/me', init(options)));
  }

  /** Every action, allowed or not, with the denial reason (what the widgets disable and why). */
  effective(orgId: string, options?: CallOptions): Promise<EffectivePermissions> {
    return dataOf(
      this.ctx.raw.GET('/organizations/{orgId}/permissions', {
        params: { path: { orgId } },
        ...init(options),
      }),
    );
  }
}

/** Trials started by the partner for a new customer (DOMAIN §1.1). */
export class Trials extends Resource {
  /** Starts a trial; the answer's `setupPrompt` links to the setup wizard. */
  start(body: StartTrialRequest, options?: CreateOptions): Promise<Trial> {
    return dataOf(this.ctx.raw.POST('/trials', { body, ...init(options) }));
  }

  get(trialId: string, options?: CallOptions): Promise<Trial> {
    return dataOf(this.ctx.raw.GET('/trials/{trialId}', { params: { path: { trialId } }, ...init(options) }));
  }
}

/** The partner's orders, and mapping one to a customer (DOMAIN §1.1). */
export class Orders extends Resource {
  list(query?: ListOrdersQuery, options?: CallOptions): PagePromise<Order> {
    return paged(query, (q) =>
      dataOf(this.ctx.raw.GET('/orders', { params: { query: q }, ...init(options) })),
    );
  }

  /** Maps an order to an existing customer org (`customerOrgId`) or a new one (`newCustomer`). */
  map(orderId: string, body: OrderMappingRequest, options?: CreateOptions): Promise<OrderMapping> {
    return dataOf(
      this.ctx.raw.POST('/orders/{orderId}/mapping', {
        params: { path: { orderId } },
        body,
        ...init(options),
      }),
    );
  }
}

/** What a customer org has bought and uses: trial, subscription, licenses, packages, add-ons. */
export class Subscriptions extends Resource {
  get(orgId: string, options?: CallOptions): Promise<SubscriptionSummary> {
    return dataOf(
      this.ctx.raw.GET('/organizations/{orgId}/subscriptions', {
        params: { path: { orgId } },
        ...init(options),
      }),
    );
  }
}

/** The items of a catalogue answer. */
async function items<T>(pending: Promise<{ items: T[] }>): Promise<T[]> {
  return (await pending).items;
}

/** The catalogue: countries, time zones, telephony options, packages. */
export class Catalog extends Resource {
  countries(query?: CountriesQuery, options?: CallOptions): Promise<CatalogCountry[]> {
    return items(dataOf(this.ctx.raw.GET('/catalog/countries', { params: { query }, ...init(options) })));
  }

  timeZones(options?: CallOptions): Promise<CatalogTimeZone[]> {
    return items(dataOf(this.ctx.raw.GET('/catalog/timeZones', init(options))));
  }

  telephonyOptions(query?: TelephonyOptionsQuery, options?: CallOptions): Promise<CatalogTelephonyOption[]> {
    return items(
      dataOf(this.ctx.raw.GET('/catalog/telephonyOptions', { params: { query }, ...init(options) })),
    );
  }

  packages(options?: CallOptions): Promise<CatalogPackage[]> {
    return items(dataOf(this.ctx.raw.GET('/catalog/packages', init(options))));
  }
}
