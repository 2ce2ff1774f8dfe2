import { RPL_REVIEW_LIMIT_MS } from '@onramp/domain';
import { describe, expect, it } from 'vitest';
import { checkRpl, rplReviewPlan } from './rpl-list.js';

const address = { addressLine1: '1 Main St', city: 'Austin', country: 'US' };

describe('the simulated restricted parties list', () => {
  it('clears ordinary customers and lists marked names or addresses', () => {
    expect(checkRpl("John's Pizza", address)).toBe('clear');
    expect(checkRpl('Acme RPL-LISTED Ltd', address)).toBe('listed');
    expect(checkRpl('Acme', { ...address, addressLine1: '9 rpl-timeout Road' })).toBe('listed');
  });
  it('reviews within 15–60 minutes, the same for the same seed; a timeout marker passes 72 h', () => {
    const plan = rplReviewPlan('rpl-listed', address, 'c1');
    expect(plan.outcome).toBe('approved');
    expect(plan.afterMs).toBeGreaterThanOrEqual(15 * 60_000);
    expect(plan.afterMs).toBeLessThanOrEqual(60 * 60_000);
    expect(rplReviewPlan('rpl-listed', address, 'c1')).toEqual(plan);
    expect(rplReviewPlan('rpl-denied', address, 'c1').outcome).toBe('denied');
    expect(rplReviewPlan('rpl-timeout', address, 'c1').afterMs).toBeGreaterThan(RPL_REVIEW_LIMIT_MS);
  });
});
