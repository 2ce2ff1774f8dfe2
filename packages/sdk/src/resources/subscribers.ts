import type {
  operations,
  PrecheckSubscriberRequest,
  ProvisionSubscriberRequest,
  SubPartner,
  Subscriber,
  UpdateSubscriberRequest,
} from '@onramp/contract';
import { dataOf } from '../internal/unwrap.js';
import { type PagePromise, paged } from '../pagination.js';
import {
  type CallOptions,
  type CreateOptions,
  init,
  Resource,
  type SubPartnerScope,
  scope,
} from './shared.js';

export type { SubPartnerScope } from './shared.js';

export type ListSubscribersQuery = NonNullable<operations['listWholesaleSubscribers']['parameters']['query']>;
export type ListSubPartnersQuery = NonNullable<operations['listWholesaleSubPartners']['parameters']['query']>;
type SubscriberPrecheckResponse =
  operations['precheckWholesaleSubscriber']['responses'][200]['content']['application/json'];

/** Wholesale subscribers: the users of a customer, each holding exactly one package. */
export class Subscribers extends Resource {
  list(query?: ListSubscribersQuery, options?: CallOptions): PagePromise<Subscriber> {
    return paged(query, (q) =>
      dataOf(this.ctx.raw.GET('/wholesale/subscribers', { params: { query: q }, ...init(options) })),
    );
  }

  get(subscriberId: string, options?: CallOptions & SubPartnerScope): Promise<Subscriber> {
    return dataOf(
      this.ctx.raw.GET('/wholesale/subscribers/{subscriberId}', {
        params: { path: { subscriberId }, query: scope(options) },
        ...init(options),
      }),
    );
  }

  /** Adds a subscriber to a customer (an idempotency key makes a retried add safe). */
  create(body: ProvisionSubscriberRequest, options?: CreateOptions & SubPartnerScope): Promise<Subscriber> {
    return dataOf(
      this.ctx.raw.POST('/wholesale/subscribers', {
        params: { query: scope(options) },
        body,
        ...init(options),
      }),
    );
  }

  update(
    subscriberId: string,
    body: UpdateSubscriberRequest,
    options?: CallOptions & SubPartnerScope,
  ): Promise<Subscriber> {
    return dataOf(
      this.ctx.raw.PUT('/wholesale/subscribers/{subscriberId}', {
        params: { path: { subscriberId }, query: scope(options) },
        body,
        ...init(options),
      }),
    );
  }

  async remove(subscriberId: string, options?: CallOptions & SubPartnerScope): Promise<void> {
    await dataOf(
      this.ctx.raw.DELETE('/wholesale/subscribers/{subscriberId}', {
        params: { path: { subscriberId }, query: scope(options) },
        ...init(options),
      }),
    );
  }

  precheck(
    body: PrecheckSubscriberRequest,
    options?: CallOptions & SubPartnerScope,
  ): Promise<SubscriberPrecheckResponse> {
    return dataOf(
      this.ctx.raw.POST('/wholesale/subscribers/validate', {
        params: { query: scope(options) },
        body,
        ...init(options),
      }),
    );
  }
}

/** The partner's sub-partners (wholesale). */
export class SubPartners extends Resource {
  list(query?: ListSubPartnersQuery, options?: CallOptions): PagePromise<SubPartner> {
    return paged(query, (q) =>
      dataOf(this.ctx.raw.GET('/wholesale/subPartners', { params: { query: q }, ...init(options) })),
    );
  }
}
