import type {
  Customer,
  CustomerStatus,
  operations,
  PrecheckCustomerRequest,
  PrecheckResponse,
  ProvisionCustomerRequest,
  UpdateCustomerRequest,
} from '@onramp/contract';
import type { ClientContext } from '../client.js';
import { OnrampError } from '../errors.js';
import { dataOf, unwrap } from '../internal/unwrap.js';
import { PagePromise } from '../pagination.js';
import { type PollVerdict, pollUntil, type WaitOptions } from '../polling.js';
import { type CallOptions, type CreateOptions, idFromLocation, init } from './shared.js';

export type ListCustomersQuery = NonNullable<operations['listWholesaleCustomers']['parameters']['query']>;
export type GetCustomerQuery = NonNullable<operations['getWholesaleCustomer']['parameters']['query']>;

/** A `202 Accepted`: the work goes on; the id and URL say where to watch it. */
export interface Accepted {
  customerId: string;
  url: string;
}

export interface WaitForCustomerOptions extends WaitOptions {
  /**
   * What `pending_rpl_review` means to the wait: `'stop'` (default) resolves with the customer in
   * review, since a human decides within 72 h; `'wait'` keeps polling until the review ends.
   */
  rplReview?: 'stop' | 'wait';
  /** Called with each status the customer reaches (the first read included). */
  onStatus?: (status: CustomerStatus, customer: Customer) => void;
  onBehalfOfSubPartnerOrgId?: string;
}

export type CreateAndWaitOptions = WaitForCustomerOptions & CreateOptions;

/** `provisioned` and `provisioned_with_errors` end a wait; `error` fails it; the rest goes on. */
export function customerVerdict(customer: Customer, rplReview: 'stop' | 'wait' = 'stop'): PollVerdict {
  switch (customer.status) {
    case 'provisioned':
    case 'provisioned_with_errors':
      return 'done';
    case 'pending_rpl_review':
      return rplReview === 'stop' ? 'done' : 'pending';
    case 'error':
      return 'failed';
    default:
      return 'pending';
  }
}

/** Wholesale customers (wire-compatible with the real API): list, read, provision and wait, update, remove. */
export class Customers {
  readonly #ctx: ClientContext;
  constructor(ctx: ClientContext) {
    this.#ctx = ctx;
  }

  /** Every customer matching the query, page by page (`max` is the page size). */
  list(query: ListCustomersQuery = {}, options: CallOptions = {}): PagePromise<Customer> {
    const { offset, max, ...filters } = query;
    return new PagePromise(
      async (window) => {
        const data = await dataOf(
          this.#ctx.raw.GET('/wholesale/customers', {
            params: { query: { ...filters, ...window } },
            ...init(options),
          }),
        );
        return { items: data.items ?? [] };
      },
      { offset, max },
    );
  }

  async get(customerId: string, query: GetCustomerQuery = {}, options: CallOptions = {}): Promise<Customer> {
    return dataOf(
      this.#ctx.raw.GET('/wholesale/customers/{customerId}', {
        params: { path: { customerId }, query },
        ...init(options),
      }),
    );
  }

  /** Starts provisioning (`202`); see `createAndWait` to wait for the outcome. */
  async create(
    body: ProvisionCustomerRequest,
    options: CreateOptions & { onBehalfOfSubPartnerOrgId?: string } = {},
  ): Promise<Accepted> {
    const query = options.onBehalfOfSubPartnerOrgId
      ? { onBehalfOfSubPartnerOrgId: options.onBehalfOfSubPartnerOrgId }
      : {};
    const { data, response } = await unwrap(
      this.#ctx.raw.POST('/wholesale/customers', { params: { query }, body, ...init(options) }),
    );
    return accepted(response, data?.url);
  }

  /**
   * Provisions a customer and polls it (following the 202's `Location`) until it is
   * `provisioned` / `provisioned_with_errors`, or in `pending_rpl_review` (see `rplReview`).
   * Rejects with `ProvisioningFailedError` on `error`, `WaitTimeoutError` after `timeoutMs`, and the
   * signal's reason on abort. The create carries an idempotency key, so its retries never duplicate.
   */
  async createAndWait(body: ProvisionCustomerRequest, options: CreateAndWaitOptions = {}): Promise<Customer> {
    const { customerId } = await this.create(body, options);
    return this.waitFor(customerId, options);
  }

  /** Polls an existing customer as `createAndWait` does (after a create, an update or a restart). */
  waitFor(customerId: string, options: WaitForCustomerOptions = {}): Promise<Customer> {
    let lastStatus: CustomerStatus | undefined;
    const query = options.onBehalfOfSubPartnerOrgId
      ? { onBehalfOfSubPartnerOrgId: options.onBehalfOfSubPartnerOrgId }
      : {};
    return pollUntil(
      {
        read: (signal) => this.get(customerId, query, signal ? { signal } : {}),
        verdict: (customer) => customerVerdict(customer, options.rplReview),
        onRead: (customer) => {
          if (customer.status && customer.status !== lastStatus) {
            lastStatus = customer.status;
            options.onStatus?.(customer.status, customer);
          }
        },
        what: `provisioning of customer ${customerId}`,
        clock: this.#ctx.clock,
        logger: this.#ctx.logger,
      },
      options,
    );
  }

  /** Changes a customer (`202`: it goes `updating`, or back to the RPL check on a new billing address). */
  async update(
    customerId: string,
    body: UpdateCustomerRequest,
    options: CallOptions = {},
  ): Promise<Accepted> {
    const { data, response } = await unwrap(
      this.#ctx.raw.PUT('/wholesale/customers/{customerId}', {
        params: { path: { customerId } },
        body,
        ...init(options),
      }),
    );
    return accepted(response, data?.url, customerId);
  }

  /** Starts removing the customer (`202`; it goes `deleting`, then disappears). */
  async remove(customerId: string, options: CallOptions = {}): Promise<void> {
    await unwrap(
      this.#ctx.raw.DELETE('/wholesale/customers/{customerId}', {
        params: { path: { customerId } },
        ...init(options),
      }),
    );
  }

  /** Asks whether a customer could be provisioned as described, without provisioning it. */
  async precheck(body: PrecheckCustomerRequest, options: CallOptions = {}): Promise<PrecheckResponse> {
    return dataOf(this.#ctx.raw.POST('/wholesale/customers/validate', { body, ...init(options) }));
  }
}

function accepted(response: Response, bodyUrl: string | undefined, knownId?: string): Accepted {
  const url = response.headers.get('location') ?? bodyUrl;
  const customerId = idFromLocation(url, '/wholesale/customers') ?? knownId;
  if (!url || !customerId) {
    throw new OnrampError(
      `The server accepted the request but said no customer location (${response.status}).`,
      {
        status: response.status,
        headers: response.headers,
      },
    );
  }
  return { customerId, url };
}
