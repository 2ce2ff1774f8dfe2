import type { CustomerStatus, RplResult, RplReviewOutcome } from '../vocabulary.js';
import { isRplReviewOverdue, rplDeadline } from './rpl.js';
import { type WholesaleError, wholesaleError } from './wholesale-error.js';

/** The latest RPL check: run at creation and at every billing-address update (DOMAIN §3.2). */
export interface RplCheck {
  readonly result: RplResult;
  readonly checkedAt: number;
  /** Manual review of a listed customer; `null` when the check was clear. */
  readonly review: 'pending' | RplReviewOutcome | 'timed_out' | null;
}

export interface CustomerLifecycle {
  readonly status: CustomerStatus;
  readonly rpl: RplCheck;
}

/** How a provisioning (or update) run ended. */
export type RunOutcome = 'succeeded' | 'succeeded_with_errors' | 'failed';

/** Every event carries `now` (ms since the epoch): the clock is injected, never read here. */
export type CustomerEvent =
  | { readonly type: 'rplReviewDecided'; readonly outcome: RplReviewOutcome; readonly now: number }
  | { readonly type: 'provisioningCompleted'; readonly outcome: RunOutcome; readonly now: number }
  | { readonly type: 'billingAddressUpdated'; readonly rpl: RplResult; readonly now: number }
  | { readonly type: 'updateCompleted'; readonly outcome: RunOutcome; readonly now: number }
  | { readonly type: 'deletionRequested'; readonly now: number };

export type CustomerEventType = CustomerEvent['type'];

/** Which events each status accepts; everything else is `invalid_transition`. */
export const CUSTOMER_TRANSITIONS: Readonly<Record<CustomerStatus, readonly CustomerEventType[]>> = {
  pending_rpl_review: ['rplReviewDecided', 'deletionRequested'],
  provisioning: ['provisioningCompleted'],
  updating: ['updateCompleted'],
  provisioned: ['billingAddressUpdated', 'deletionRequested'],
  provisioned_with_errors: ['billingAddressUpdated', 'deletionRequested'],
  // "Over 72 hours, or unresolvable → error, and onboarding does not continue."
  error: ['deletionRequested'],
  deleting: [],
};

const RUN_RESULT: Readonly<Record<RunOutcome, CustomerStatus>> = {
  succeeded: 'provisioned',
  succeeded_with_errors: 'provisioned_with_errors',
  failed: 'error',
};

/** A new customer: the RPL check decides whether onboarding proceeds or waits for review. */
export function createCustomer(rpl: RplResult, now: number): CustomerLifecycle {
  return rpl === 'clear'
    ? { status: 'provisioning', rpl: { result: 'clear', checkedAt: now, review: null } }
    : { status: 'pending_rpl_review', rpl: { result: 'listed', checkedAt: now, review: 'pending' } };
}

/** When an undecided review must be decided by (null when no review is pending). */
export function rplReviewDeadline(customer: CustomerLifecycle): number | null {
  return customer.status === 'pending_rpl_review' ? rplDeadline(customer.rpl.checkedAt) : null;
}

/** The customer as time has left it: a review undecided after 72 hours is an error. */
export function advance(customer: CustomerLifecycle, now: number): CustomerLifecycle {
  if (customer.status === 'pending_rpl_review' && isRplReviewOverdue(customer.rpl.checkedAt, now)) {
    return { status: 'error', rpl: { ...customer.rpl, review: 'timed_out' } };
  }
  return customer;
}

export type CustomerEventResult =
  | { readonly customer: CustomerLifecycle }
  | { readonly error: WholesaleError };

/** Apply an event at its `now`, after the timeouts up to then (a late review decision is refused). */
export function applyCustomerEvent(current: CustomerLifecycle, event: CustomerEvent): CustomerEventResult {
  const customer = advance(current, event.now);
  if (!CUSTOMER_TRANSITIONS[customer.status].includes(event.type)) {
    const why = customer.rpl.review === 'timed_out' ? ' (the RPL review timed out after 72 hours)' : '';
    return {
      error: wholesaleError(
        'invalid_transition',
        `A ${customer.status} customer cannot take "${event.type}"${why}.`,
      ),
    };
  }
  switch (event.type) {
    case 'rplReviewDecided':
      // Approved: the customer is created and moves on to provisioning (re-run for users, numbers…).
      return {
        customer: {
          status: event.outcome === 'approved' ? 'provisioning' : 'error',
          rpl: { ...customer.rpl, review: event.outcome },
        },
      };
    case 'provisioningCompleted':
    case 'updateCompleted':
      return { customer: { ...customer, status: RUN_RESULT[event.outcome] } };
    case 'billingAddressUpdated': {
      // The RPL check runs again; a listed customer waits for review again.
      const rechecked = createCustomer(event.rpl, event.now);
      return { customer: event.rpl === 'clear' ? { ...rechecked, status: 'updating' } : rechecked };
    }
    case 'deletionRequested':
      return { customer: { ...customer, status: 'deleting' } };
  }
}

/**
 * What a wholesale customer's services are while its lifecycle is at `status`: nothing runs before
 * the RPL review is decided or after an error, everything is being set up while provisioning, and
 * only a provisioned (or updating, or departing) customer's services can be operational. The service
 * status page must not say "Operational" for a customer still onboarding.
 */
export const SERVICES_BY_CUSTOMER_STATUS: Readonly<
  Record<CustomerStatus, 'not_provisioned' | 'provisioning' | 'live'>
> = {
  pending_rpl_review: 'not_provisioned',
  provisioning: 'provisioning',
  error: 'not_provisioned',
  updating: 'live',
  provisioned: 'live',
  provisioned_with_errors: 'live',
  deleting: 'live',
};
