import { describe, expect, it } from 'vitest';
import { isRplReviewOverdue, RPL_TYPICAL_REVIEW_MINUTES, rplDeadline } from './rpl.js';

const HOUR = 60 * 60 * 1000;
const START = Date.UTC(2025, 0, 6, 9, 0);

describe('RPL review window (DOMAIN §3.2)', () => {
  it('lasts 72 hours', () => {
    expect(rplDeadline(START)).toBe(Date.UTC(2025, 0, 9, 9, 0));
  });

  it('is overdue only after the 72 hours', () => {
    expect(isRplReviewOverdue(START, START + 72 * HOUR)).toBe(false);
    expect(isRplReviewOverdue(START, START + 72 * HOUR + 1)).toBe(true);
    expect(isRplReviewOverdue(START, START + HOUR)).toBe(false);
  });

  it('usually takes 15 to 60 minutes', () => {
    expect(RPL_TYPICAL_REVIEW_MINUTES).toEqual({ min: 15, max: 60 });
  });
});
