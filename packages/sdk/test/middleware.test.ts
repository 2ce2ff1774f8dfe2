import { describe, expect, it } from 'vitest';
import { ConnectionError, createOnrampClient, RateLimitError, ServerError } from '../src/index.js';
import { type AttemptOutcome, isReplaySafe, retryDelay, shouldRetry } from '../src/internal/retry.js';
import { errorBody, json, recordingClock, SCRIPTED_BASE, scripted, scriptedClient } from './helpers.js';

const BASE = SCRIPTED_BASE;

describe('request headers', () => {
  it('sends the bearer token, a request id kept across retries, the user agent and default headers', async () => {
    const { sent, fetch } = scripted(
      () => json(503, errorBody('unavailable')),
      () => json(200, { items: [] }),
    );
    const { onramp } = scriptedClient(fetch, {
      headers: { 'X-Partner': 'acme' },
      userAgent: 'billing-sync/2',
    });
    await onramp.customers.list();
    expect(sent).toHaveLength(2);
    const [first, second] = sent as [Request, Request];
    expect(first.headers.get('authorization')).toBe('Bearer tok');
    expect(first.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.headers.get('x-request-id')).toBe(first.headers.get('x-request-id'));
    expect(first.headers.get('user-agent')).toBe('billing-sync/2');
    expect(first.headers.get('x-partner')).toBe('acme');
  });

  it('the default user agent names the SDK and its version', async () => {
    const { sent, fetch } = scripted(() => json(200, { items: [] }));
    await scriptedClient(fetch).onramp.customers.list();
    expect(sent[0]?.headers.get('user-agent')).toMatch(/^onramp-sdk\/\d+\.\d+\.\d+/);
  });

  it('adds an Idempotency-Key to creating POSTs only', async () => {
    const { sent, fetch } = scripted((request) =>
      request.method === 'POST' && request.url.endsWith('/wholesale/customers')
        ? json(202, { url: `${BASE}/wholesale/customers/C1` }, { location: `${BASE}/wholesale/customers/C1` })
        : json(200, { message: 'success' }),
    );
    const { onramp } = scriptedClient(fetch);
    await onramp.customers.create({
      provisioningId: 'p',
      externalId: 'e',
      packages: ['webex_calling'],
      address: { country: 'US' } as never,
    });
    await onramp.customers.precheck({ address: { country: 'US' } } as never);
    await onramp.raw.GET('/wholesale/customers');
    expect(sent.map((r) => r.headers.has('idempotency-key'))).toEqual([true, false, false]);
  });

  it('idempotencyKeys accepts a key factory', async () => {
    const { sent, fetch } = scripted(() => json(201, { id: 'T' }));
    const { onramp } = scriptedClient(fetch, { idempotencyKeys: () => 'fixed-key' });
    await onramp.raw.POST('/trials', { body: {} as never });
    expect(sent[0]?.headers.get('idempotency-key')).toBe('fixed-key');
  });
});

describe('shouldRetry, one rule at a time', () => {
  const request = (method: string, headers: Record<string, string> = {}, signal?: AbortSignal) =>
    new Request(`${BASE}/x`, { method, headers, ...(signal ? { signal } : {}) });
  const status = (code: number): AttemptOutcome => ({ response: new Response(null, { status: code }) });
  const failed: AttemptOutcome = { error: new ConnectionError('reset') };

  it.each([
    ['GET', 503, true],
    ['GET', 500, true],
    ['GET', 502, true],
    ['GET', 504, true],
    ['GET', 429, true],
    ['GET', 408, true],
    ['GET', 501, false],
    ['GET', 400, false],
    ['GET', 404, false],
    ['GET', 409, false],
    ['GET', 200, false],
    ['PUT', 503, true],
    ['DELETE', 503, true],
    ['HEAD', 503, true],
    ['POST', 503, false],
    ['POST', 429, false],
    ['PATCH', 503, false],
  ])('%s answered %i → %s', (method, code, expected) => {
    expect(shouldRetry(request(method), status(code))).toBe(expected);
  });

  it('a POST with an Idempotency-Key is replay-safe', () => {
    expect(isReplaySafe(request('POST', { 'Idempotency-Key': 'k' }))).toBe(true);
    expect(shouldRetry(request('POST', { 'Idempotency-Key': 'k' }), status(503))).toBe(true);
    expect(shouldRetry(request('POST', { 'Idempotency-Key': 'k' }), failed)).toBe(true);
  });

  it('connection failures are retried only when replay-safe; other errors never', () => {
    expect(shouldRetry(request('GET'), failed)).toBe(true);
    expect(shouldRetry(request('POST'), failed)).toBe(false);
    expect(shouldRetry(request('GET'), { error: new Error('bug') })).toBe(false);
  });

  it('nothing is retried once the caller aborted', () => {
    const controller = new AbortController();
    controller.abort();
    expect(shouldRetry(request('GET', {}, controller.signal), status(503))).toBe(false);
  });
});

describe('retryDelay', () => {
  const base = {
    retryIndex: 0,
    baseDelayMs: 500,
    maxDelayMs: 8000,
    maxRetryAfterMs: 60_000,
    now: Date.UTC(2025, 0, 1),
  };
  const withRetryAfter = (value: string) =>
    new Response(null, { status: 503, headers: { 'retry-after': value } });

  it('draws from [0, base·2ⁿ) capped at maxDelayMs (full jitter)', () => {
    expect(retryDelay({ ...base, response: undefined, random: () => 0 })).toBe(0);
    expect(retryDelay({ ...base, response: undefined, random: () => 0.999 })).toBe(499);
    expect(retryDelay({ ...base, retryIndex: 3, response: undefined, random: () => 0.5 })).toBe(2000);
    expect(retryDelay({ ...base, retryIndex: 10, response: undefined, random: () => 0.999 })).toBe(7992);
  });

  it('honours Retry-After in seconds and as an HTTP date', () => {
    expect(retryDelay({ ...base, response: withRetryAfter('7'), random: () => 0 })).toBe(7000);
    const date = new Date(base.now + 12_000).toUTCString();
    expect(retryDelay({ ...base, response: withRetryAfter(date), random: () => 0 })).toBe(12_000);
  });

  it('gives up when Retry-After is longer than maxRetryAfterMs; ignores an unreadable one', () => {
    expect(retryDelay({ ...base, response: withRetryAfter('61'), random: () => 0 })).toBeUndefined();
    expect(retryDelay({ ...base, response: withRetryAfter('soon'), random: () => 0.5 })).toBe(250);
  });
});

describe('retry loop with an injected transport', () => {
  it('waits what an HTTP-date Retry-After says, measured on the injected clock', async () => {
    const clock = recordingClock();
    const later = new Date(clock.now() + 5_000).toUTCString();
    const { sent, fetch } = scripted(
      () => json(429, errorBody('rate_limited'), { 'retry-after': later }),
      () => json(200, { items: [] }),
    );
    const onramp = createOnrampClient({ baseUrl: BASE, token: 'tok', fetch, clock });
    await onramp.customers.list();
    expect(sent).toHaveLength(2);
    expect(clock.sleeps).toEqual([5000]);
  });

  it('does not retry a 501', async () => {
    const { sent, fetch } = scripted(() => json(501, errorBody('not_implemented')));
    const error = await scriptedClient(fetch)
      .onramp.trials.get('t1')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(sent).toHaveLength(1);
  });

  it('retry options left undefined keep their defaults (500 ms base, full jitter)', async () => {
    const { sent, fetch } = scripted(
      () => json(503, errorBody('unavailable')),
      () => json(200, { id: 't1' }),
    );
    const { onramp, clock } = scriptedClient(fetch, {
      retry: { maxRetries: undefined, baseDelayMs: undefined, maxDelayMs: undefined },
    });
    await onramp.trials.get('t1');
    expect(sent).toHaveLength(2);
    expect(clock.sleeps).toEqual([250]);
  });

  it('a caller abort during the backoff stops the loop with the abort reason', async () => {
    const controller = new AbortController();
    const { sent, fetch } = scripted(() => json(503, errorBody('unavailable')));
    const clock = recordingClock(() => controller.abort(new DOMException('stop', 'AbortError')));
    const onramp = createOnrampClient({ baseUrl: BASE, token: 'tok', fetch, clock });
    const error = await onramp.customers.list({}, { signal: controller.signal }).catch((e: unknown) => e);
    expect((error as DOMException).name).toBe('AbortError');
    expect(sent).toHaveLength(1);
  });

  it('a caller abort of the request itself is an AbortError, not a ConnectionError', async () => {
    const controller = new AbortController();
    const fetch = (request: Request) =>
      new Promise<Response>((_, reject) => {
        request.signal.addEventListener('abort', () => reject(request.signal.reason));
        controller.abort(new DOMException('user', 'AbortError'));
      });
    const error = await scriptedClient(fetch)
      .onramp.customers.get('c', {}, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ConnectionError);
    expect((error as DOMException).name).toBe('AbortError');
  });

  it('RateLimitError carries retryAfterMs once retries run out', async () => {
    const { sent, fetch } = scripted(() => json(429, errorBody('rate_limited'), { 'retry-after': '2' }));
    const error = await scriptedClient(fetch, { retry: { maxRetries: 1 } })
      .onramp.customers.list()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(2000);
    expect(sent).toHaveLength(2);
  });

  it('logs retries without headers or tokens', async () => {
    const lines: string[] = [];
    const { fetch } = scripted(
      () => json(503, errorBody('unavailable')),
      () => json(200, { items: [] }),
    );
    await scriptedClient(fetch, {
      token: 'secret-token-value',
      logger: { debug: (line) => lines.push(line) },
    }).onramp.customers.list();
    expect(lines).toEqual(['onramp: retry 1/2 of GET /v1/wholesale/customers in 250 ms (503)']);
    expect(lines.join('\n')).not.toContain('secret-token-value');
  });
});
