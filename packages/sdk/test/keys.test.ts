import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseRetryAfterHeader } from '../src/index.js';
import { randomKey } from '../src/internal/idempotency.js';
import { idFromLocation } from '../src/resources/shared.js';

describe('randomKey (request ids and idempotency keys)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is a v4 UUID where crypto.randomUUID exists', () => {
    expect(randomKey()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('is 128 random bits as four numbers where it does not (a browser page outside a secure context)', () => {
    // A global stand-in on purpose: what is tested is exactly the lookup of `crypto` at run time.
    const { getRandomValues } = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: getRandomValues.bind(globalThis.crypto) });
    const keys = new Set(Array.from({ length: 100 }, () => randomKey()));
    expect(keys.size).toBe(100);
    for (const key of keys) expect(key).toMatch(/^\d{1,10}-\d{1,10}-\d{1,10}-\d{1,10}$/);
  });
});

describe('parseRetryAfterHeader: the one Retry-After rule (RFC 9110 §10.2.3)', () => {
  const now = Date.UTC(2025, 0, 1);
  it.each<[string | null | undefined, number | undefined]>([
    ['7', 7_000],
    [' 7 ', 7_000],
    ['0', 0],
    ['120', 120_000],
    // delay-seconds is 1*DIGIT: no fraction, no sign, no exponent (Date.parse would take some of them).
    ['1.5', undefined],
    ['-5', undefined],
    ['+5', undefined],
    ['1e3', undefined],
    // An HTTP date: IMF-fixdate, and the obsolete RFC 850 form.
    [new Date(now + 12_000).toUTCString(), 12_000],
    ['Wednesday, 01-Jan-25 00:00:30 GMT', 30_000],
    [new Date(now - 5_000).toUTCString(), 0],
    ['Fri, 99 Foo 2025 00:00:00 GMT', undefined],
    ['soon', undefined],
    ['', undefined],
    [null, undefined],
    [undefined, undefined],
  ])('%j → %j ms', (value, expected) => {
    expect(parseRetryAfterHeader(value, now)).toBe(expected);
  });

  it('measures a date from the current time when no `now` is given', () => {
    const inAMinute = new Date(Date.now() + 60_000).toUTCString();
    expect(parseRetryAfterHeader(inAMinute)).toBeGreaterThan(58_000);
    expect(parseRetryAfterHeader(inAMinute)).toBeLessThanOrEqual(60_000);
  });
});

describe('idFromLocation', () => {
  it.each<[string | null, string | undefined]>([
    ['https://api.test/v1/wholesale/customers/Y2lz', 'Y2lz'],
    ['/v1/wholesale/customers/a%2Fb?x=1', 'a/b'],
    ['/v1/wholesale/customers/abc#top', 'abc'],
    ['/v1/wholesale/customers/abc/extra', undefined],
    ['/v1/wholesale/subscribers/abc', undefined],
    ['/v1/wholesale/customers/', undefined],
    [null, undefined],
  ])('%j → %j', (location, expected) => {
    expect(idFromLocation(location, '/wholesale/customers')).toBe(expected);
  });
});
