import type {
  operations,
  PrecheckSubscriberRequest,
  ProvisionSubscriberRequest,
  SubPartner,
  Subscriber,
  UpdateSubscriberRequest,
} from '@onramp/contract';
import type { ClientContext } from '../client.js';
import { dataOf } from '../internal/unwrap.js';
import { PagePromise } from '../pagination.js';
import { type CallOptions, type CreateOptions, init } from './shared.js';

export type ListSubscribersQuery = NonNullable<operations['listWholesaleSubscribers']['parameters']['query']>;
export type ListSubPartnersQuery = NonNullable<operations['listWholesaleSubPartners']['parameters']['query']>;
/** Acting for a sub-partner (wholesale). */
export type SubPartnerScope = { onBehalfOfSubPartnerOrgId?: string };
type SubscriberPrecheckResponse =
  operations['precheckWholesaleSubscriber']['responses'][200]['content']['application/json'];

function scope(options: SubPartnerScope) {
  return options.onBehalfOfSubPartnerOrgId
    ? { onBehalfOfSubPartnerOrgId: options.onBehalfOfSubPartnerOrgId }
    : {};
}

/** Wholesale subscribers: the users of a customer, each holding exactly one package. */
export class Subscribers {
  readonly #ctx: ClientContext;
  constructor(ctx: ClientContext) {
    this.#ctx = ctx;
  }

  list(query: ListSubscribersQuery = {}, options: CallOptions = {}): PagePromise<Subscriber> {
    const { offset, max, ...filters } = query;
    return new PagePromise(
      async (window) => {
        const data = await dataOf(
          this.#ctx.raw.GET('/wholesale/subscribers', {
            params: { query: { ...filters, ...window } },
            ...init(options),
          }),
        );
        return { items: data.items ?? [] };
      },
      { offset, max },
    );
  }

  async get(subscriberId: string, options: CallOptions & SubPartnerScope = {}): Promise<Subscriber> {
    return dataOf(
      this.#ctx.raw.GET('/wholesale/subscribers/{subscriberId}', {
        params: { path: { subscriberId }, query: scope(options) },
        ...init(options),
      }),
    );
  }

  /** Adds a subscriber to a customer (an idempotency key makes a retried add safe). */
  async create(
    body: ProvisionSubscriberRequest,
    options: CreateOptions & SubPartnerScope = {},
  ): Promise<Subscriber> {
    return dataOf(
      this.#ctx.raw.POST('/wholesale/subscribers', {
        params: { query: scope(options) },
        body,
        ...init(options),
      }),
    );
  }

  async update(
    subscriberId: string,
    body: UpdateSubscriberRequest,
    options: CallOptions & SubPartnerScope = {},
  ): Promise<Subscriber> {
    return dataOf(
      this.#ctx.raw.PUT('/wholesale/subscribers/{subscriberId}', {
        params: { path: { subscriberId }, query: scope(options) },
        body,
        ...init(options),
      }),
    );
  }

  async remove(subscriberId: string, options: CallOptions & SubPartnerScope = {}): Promise<void> {
    await dataOf(
      this.#ctx.raw.DELETE('/wholesale/subscribers/{subscriberId}', {
        params: { path: { subscriberId }, query: scope(options) },
        ...init(options),
      }),
    );
  }

  async precheck(
    body: PrecheckSubscriberRequest,
    options: CallOptions & SubPartnerScope = {},
  ): Promise<SubscriberPrecheckResponse> {
    return dataOf(
      this.#ctx.raw.POST('/wholesale/subscribers/validate', {
        params: { query: scope(options) },
        body,
        ...init(options),
      }),
    );
  }
}

/** The partner's sub-partners (wholesale). */
export class SubPartners {
  readonly #ctx: ClientContext;
  constructor(ctx: ClientContext) {
    this.#ctx = ctx;
  }

  list(query: ListSubPartnersQuery = {}, options: CallOptions = {}): PagePromise<SubPartner> {
    const { offset, max, ...filters } = query;
    return new PagePromise(
      async (window) => {
        const data = await dataOf(
          this.#ctx.raw.GET('/wholesale/subPartners', {
            params: { query: { ...filters, ...window } },
            ...init(options),
          }),
        );
        return { items: data.items ?? [] };
      },
      { offset, max },
    );
  }
}
