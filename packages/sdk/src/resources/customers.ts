import type {
  Customer,
  CustomerStatus,
  operations,
  PrecheckCustomerRequest,
  PrecheckResponse,
  ProvisionCustomerRequest,
  UpdateCustomerRequest,
} from '@onramp/contract';
import { OnrampError } from '../errors.js';
import { dataOf, unwrap } from '../internal/unwrap.js';
import { type PagePromise, paged } from '../pagination.js';
import { type PollVerdict, pollUntil, type WaitOptions } from '../polling.js';
import {
  type CallOptions,
  type CreateOptions,
  idFromLocation,
  init,
  Resource,
  type SubPartnerScope,
  scope,
} from './shared.js';

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
  const { status } = customer;
  return status === 'error'
    ? 'failed'
    : status?.startsWith('provisioned') || (status === 'pending_rpl_review' && rplReview === 'stop')
      ? 'done'
      : 'pending';
}

/** Wholesale customers (wire-compatible with the real API): list, read, provision and wait, update, remove. */
export class Customers extends Resource {
  /** Every customer matching the query, page by page (`max` is the page size). */
  list(query?: ListCustomersQuery, options?: CallOptions): PagePromise<Customer> {
    return paged(query, (q) =>
      dataOf(this.ctx.raw.GET('/wholesale/customers', { params: { query: q }, ...init(options) })),
    );
  }

  get(customerId: string, query?: GetCustomerQuery, options?: CallOptions): Promise<Customer> {
    return dataOf(
      this.ctx.raw.GET('/wholesale/customers/{customerId}', {
        params: { path: { customerId }, query },
        ...init(options),
      }),
    );
  }

  /** Starts provisioning (`202`); see `createAndWait` to wait for the outcome. */
  async create(body: ProvisionCustomerRequest, options?: CreateOptions & SubPartnerScope): Promise<Accepted> {
    return accepted(
      await unwrap(
        this.ctx.raw.POST('/wholesale/customers', {
          params: { query: scope(options) },
          body,
          ...init(options),
        }),
      ),
    );
  }

  /**
   * Provisions a customer and polls it (following the 202's `Location`) until it is
   * `provisioned` / `provisioned_with_errors`, or in `pending_rpl_review` (see `rplReview`).
   * Rejects with `ProvisioningFailedError` on `error`, `WaitTimeoutError` after `timeoutMs`, and the
   * signal's reason on abort. The create carries an idempotency key, so its retries never duplicate.
   */
  async createAndWait(body: ProvisionCustomerRequest, options?: CreateAndWaitOptions): Promise<Customer> {
    return this.waitFor((await this.create(body, options)).customerId, options);
  }

  /** Polls an existing customer as `createAndWait` does (after a create, an update or a restart). */
  waitFor(customerId: string, options: WaitForCustomerOptions = {}): Promise<Customer> {
    return pollUntil(
      this.ctx,
      `provisioning of customer ${customerId}`,
      (signal) => this.get(customerId, scope(options), { signal }),
      (customer) => customerVerdict(customer, options.rplReview),
      options,
    );
  }

  /** Changes a customer (`202`: it goes `updating`, or back to the RPL check on a new billing address). */
  async update(customerId: string, body: UpdateCustomerRequest, options?: CallOptions): Promise<Accepted> {
    return accepted(
      await unwrap(
        this.ctx.raw.PUT('/wholesale/customers/{customerId}', {
          params: { path: { customerId } },
          body,
          ...init(options),
        }),
      ),
      customerId,
    );
  }

  /** Starts removing the customer (`202`; it goes `deleting`, then disappears). */
  async remove(customerId: string, options?: CallOptions): Promise<void> {
    await unwrap(
      this.ctx.raw.DELETE('/wholesale/customers/{customerId}', {
        params: { path: { customerId } },
        ...init(options),
      }),
    );
  }

  /** Asks whether a customer could be provisioned as described, without provisioning it. */
  precheck(body: PrecheckCustomerRequest, options?: CallOptions): Promise<PrecheckResponse> {
    return dataOf(this.ctx.raw.POST('/wholesale/customers/validate', { body, ...init(options) }));
  }
}

function accepted(
  { data, response }: { data?: { url?: string }; response: Response },
  knownId?: string,
): Accepted {
  const url = response.headers.get('location') ?? data?.url;
  const customerId = idFromLocation(url, '/wholesale/customers') ?? knownId;
  if (!url || !customerId)
    throw new OnrampError(`${response.status} without a customer location`, {
      status: response.status,
      headers: response.headers,
    });
  return { customerId, url };
}
