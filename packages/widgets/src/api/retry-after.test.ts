import { describe, expect, it } from 'vitest';
import { AUTO_RETRY_MAX_SECONDS, shortRetryAfter } from './retry-after.js';

describe('the automatic retry rule', () => {
  const rateLimited = (retryAfter?: number) => ({ status: 429, message: 'Too Many Requests', retryAfter });
  it(`retries a 429 asking for at most ${AUTO_RETRY_MAX_SECONDS} seconds`, () => {
    expect(shortRetryAfter(rateLimited(0))).toBe(0);
    expect(shortRetryAfter(rateLimited(3))).toBe(3);
  });
  it('waits out a longer one, one without Retry-After, and any other status', () => {
    expect(shortRetryAfter(rateLimited(4))).toBeUndefined();
    expect(shortRetryAfter(rateLimited())).toBeUndefined();
    expect(shortRetryAfter({ status: 503, message: 'Unavailable', retryAfter: 1 })).toBeUndefined();
    expect(shortRetryAfter(undefined)).toBeUndefined();
  });
});
