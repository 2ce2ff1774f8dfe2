import { describe, expect, it } from 'vitest';
import type { CustomerStatus } from '../vocabulary.js';
import {
  advance,
  applyCustomerEvent,
  type CustomerEvent,
  type CustomerEventResult,
  type CustomerLifecycle,
  createCustomer,
  rplReviewDeadline,
  SERVICES_BY_CUSTOMER_STATUS,
} from './customer-lifecycle.js';

const T0 = Date.UTC(2025, 2, 3, 12, 0);
const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;

function after(customer: CustomerLifecycle, ...events: CustomerEvent[]): CustomerLifecycle {
  return events.reduce((current, event) => {
    const result: CustomerEventResult = applyCustomerEvent(current, event);
    if ('error' in result) throw new Error(result.error.message);
    return result.customer;
  }, customer);
}

describe('creation and the RPL check (DOMAIN §3.2)', () => {
  it('not on the list: onboarding proceeds to provisioning, then provisioned', () => {
    const customer = createCustomer('clear', T0);
    expect(customer.status).toBe('provisioning');
    const done = after(customer, {
      type: 'provisioningCompleted',
      outcome: 'succeeded',
      now: T0 + 5 * MINUTE,
    });
    expect(done.status).toBe('provisioned');
  });

  it.each<['succeeded' | 'succeeded_with_errors' | 'failed', CustomerStatus]>([
    ['succeeded', 'provisioned'],
    ['succeeded_with_errors', 'provisioned_with_errors'],
    ['failed', 'error'],
  ])('a provisioning run that %s leaves the customer %s', (outcome, status) => {
    expect(
      after(createCustomer('clear', T0), { type: 'provisioningCompleted', outcome, now: T0 }).status,
    ).toBe(status);
  });

  it('on the list: pending review, and approval moves it on to provisioning', () => {
    const listed = createCustomer('listed', T0);
    expect(listed).toEqual({
      status: 'pending_rpl_review',
      rpl: { result: 'listed', checkedAt: T0, review: 'pending' },
    });
    const approved = after(listed, { type: 'rplReviewDecided', outcome: 'approved', now: T0 + 30 * MINUTE });
    expect(approved).toMatchObject({ status: 'provisioning', rpl: { review: 'approved' } });
  });

  it('denied: error, and onboarding does not continue', () => {
    const denied = after(createCustomer('listed', T0), {
      type: 'rplReviewDecided',
      outcome: 'denied',
      now: T0 + HOUR,
    });
    expect(denied.status).toBe('error');
    expect(
      applyCustomerEvent(denied, { type: 'provisioningCompleted', outcome: 'succeeded', now: T0 + 2 * HOUR }),
    ).toMatchObject({ error: { code: 'invalid_transition' } });
  });

  it('more than 72 hours without decision: error', () => {
    const listed = createCustomer('listed', T0);
    expect(rplReviewDeadline(listed)).toBe(T0 + 72 * HOUR);
    expect(advance(listed, T0 + 72 * HOUR)).toBe(listed);
    expect(advance(listed, T0 + 72 * HOUR + 1)).toMatchObject({
      status: 'error',
      rpl: { review: 'timed_out' },
    });
  });

  it('a decision arriving after the 72 hours is refused: the case already timed out', () => {
    const late = applyCustomerEvent(createCustomer('listed', T0), {
      type: 'rplReviewDecided',
      outcome: 'approved',
      now: T0 + 73 * HOUR,
    });
    expect(late).toMatchObject({
      error: { code: 'invalid_transition', message: expect.stringContaining('72 hours') },
    });
  });
});

describe('billing-address update re-runs the RPL check', () => {
  const provisioned = after(createCustomer('clear', T0), {
    type: 'provisioningCompleted',
    outcome: 'succeeded',
    now: T0,
  });

  it('clear: the customer is updating, then provisioned again', () => {
    const updating = after(provisioned, { type: 'billingAddressUpdated', rpl: 'clear', now: T0 + HOUR });
    expect(updating).toMatchObject({ status: 'updating', rpl: { result: 'clear', checkedAt: T0 + HOUR } });
    expect(
      after(updating, { type: 'updateCompleted', outcome: 'succeeded', now: T0 + 2 * HOUR }).status,
    ).toBe('provisioned');
  });

  it('listed: back to review, with a new 72-hour window', () => {
    const reviewed = after(provisioned, { type: 'billingAddressUpdated', rpl: 'listed', now: T0 + HOUR });
    expect(reviewed.status).toBe('pending_rpl_review');
    expect(rplReviewDeadline(reviewed)).toBe(T0 + 73 * HOUR);
  });

  it('is not possible while the customer is busy', () => {
    expect(
      applyCustomerEvent(createCustomer('clear', T0), {
        type: 'billingAddressUpdated',
        rpl: 'clear',
        now: T0,
      }),
    ).toMatchObject({ error: { code: 'invalid_transition' } });
  });
});

describe('deletion', () => {
  it('a provisioned, failed or pending customer may be deleted; deleting is final', () => {
    const deleting = after(createCustomer('listed', T0), { type: 'deletionRequested', now: T0 });
    expect(deleting.status).toBe('deleting');
    expect(applyCustomerEvent(deleting, { type: 'deletionRequested', now: T0 })).toMatchObject({
      error: { code: 'invalid_transition' },
    });
  });
});

describe('SERVICES_BY_CUSTOMER_STATUS', () => {
  it('lets services be live only once the customer is provisioned', () => {
    expect(SERVICES_BY_CUSTOMER_STATUS.provisioning).toBe('provisioning');
    expect(SERVICES_BY_CUSTOMER_STATUS.pending_rpl_review).toBe('not_provisioned');
    expect(SERVICES_BY_CUSTOMER_STATUS.error).toBe('not_provisioned');
    expect(SERVICES_BY_CUSTOMER_STATUS.provisioned).toBe('live');
    expect(SERVICES_BY_CUSTOMER_STATUS.provisioned_with_errors).toBe('live');
  });
});
