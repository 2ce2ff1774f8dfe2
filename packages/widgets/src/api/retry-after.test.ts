import { describe, expect, it } from 'vitest';
import { retryAfterSeconds } from './client.js';
import { AUTO_RETRY_MAX_SECONDS, shortRetryAfter } from './retry-after.js';

describe('Retry-After, as seconds or an HTTP date (RFC 9110 §10.2.3)', () => {
  const now = Date.parse('2026-12-03T17:00:00Z');
  it.each([
    ['12', 12],
    [' 0 ', 0],
    ['Thu, 03 Dec 2026 17:00:12 GMT', 12],
    // A date a fraction of a second past a whole second: rounded up, never "0 seconds" too early.
    ['Thu, 03 Dec 2026 17:00:01 GMT', 1],
    ['Thu, 03 Dec 2026 16:59:00 GMT', 0],
  ] as const)('%j → %i seconds', (header, seconds) => {
    expect(retryAfterSeconds(header, now)).toBe(seconds);
  });

  it.each([null, '', 'soon', '-5', '1.5'])('%j is no wait at all', (header) => {
    expect(retryAfterSeconds(header, now)).toBeUndefined();
  });
});

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
