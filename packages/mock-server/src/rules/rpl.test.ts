import { describe, expect, it } from 'vitest';
import { checkRpl, RPL_REVIEW_TIMEOUT_MS, rplReviewPlan } from './rpl.js';

const address = { addressLine1: '1 Main St', city: 'Austin', country: 'US' };

describe('checkRpl', () => {
  it('clears ordinary customers', () => {
    expect(checkRpl("John's Pizza", address)).toBe('clear');
  });
  it('lists a customer whose name or address carries a marker', () => {
    expect(checkRpl('Acme RPL-LISTED Ltd', address)).toBe('listed');
    expect(checkRpl('Acme', { ...address, addressLine1: '9 rpl-timeout Road' })).toBe('listed');
  });
});

describe('rplReviewPlan', () => {
  it('approves within 15–60 minutes, the same for the same seed', () => {
    const plan = rplReviewPlan('rpl-listed', address, 'c1');
    expect(plan.outcome).toBe('approved');
    expect(plan.afterMs).toBeGreaterThanOrEqual(15 * 60_000);
    expect(plan.afterMs).toBeLessThanOrEqual(60 * 60_000);
    expect(rplReviewPlan('rpl-listed', address, 'c1')).toEqual(plan);
  });
  it('denies or times out after 72 h by marker', () => {
    expect(rplReviewPlan('rpl-denied', address, 'c1').outcome).toBe('denied');
    expect(rplReviewPlan('rpl-timeout', address, 'c1')).toEqual({
      outcome: 'timed_out',
      afterMs: RPL_REVIEW_TIMEOUT_MS,
    });
  });
});
