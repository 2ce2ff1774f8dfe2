import type { StartTrialRequest } from '@onramp/contract';
import { describe, expect, it } from 'vitest';
import {
  ConnectionError,
  NotFoundError,
  type OnrampClientOptions,
  RateLimitError,
  settle,
  TimeoutError,
} from '../src/index.js';
import { errorBody, json, scripted, scriptedClient } from './helpers.js';

/** The client under test, its requests answered by the scripted `fetch`. */
const client = (fetch: (request: Request) => Promise<Response>, options: Partial<OnrampClientOptions> = {}) =>
  scriptedClient(fetch, options).onramp;

describe('settle: the non-throwing result form', () => {
  it('answers { data } for a success', async () => {
    const { fetch } = scripted(() => json(200, { id: 't1', status: 'active' }));
    const result = await settle(client(fetch).trials.get('t1'));
    expect(result).toEqual({ data: { id: 't1', status: 'active' } });
    expect(result.problem).toBeUndefined();
  });

  it('answers { problem } with the typed error the throwing method would throw', async () => {
    const { fetch } = scripted(() => json(404, errorBody('customer_not_found')));
    const { data, problem } = await settle(client(fetch).customers.get('nope'));
    expect(data).toBeUndefined();
    expect(problem).toBeInstanceOf(NotFoundError);
    expect(problem).toMatchObject({ status: 404, reason: 'customer_not_found', trackingId: 'T1' });
  });

  it("a 429's problem carries the server's Retry-After in ms, for a countdown", async () => {
    const { fetch } = scripted(() => json(429, errorBody('rate_limited'), { 'retry-after': '3' }));
    const { problem } = await settle(client(fetch, { retry: false }).customers.list().toArray());
    expect(problem).toBeInstanceOf(RateLimitError);
    expect(problem?.retryAfterMs).toBe(3_000);
  });

  it('no answer at all is a problem too (ConnectionError), after the retries', async () => {
    const fetch = async () => {
      throw new TypeError('fetch failed');
    };
    const { problem } = await settle(client(fetch).customers.get('c'));
    expect(problem).toBeInstanceOf(ConnectionError);
    expect(problem?.status).toBeUndefined();
  });

  it("the caller's abort still rejects (AbortError): nobody waits for a cancelled result", async () => {
    const controller = new AbortController();
    controller.abort(new DOMException('left the page', 'AbortError'));
    const { fetch } = scripted(() => json(200, { id: 't1' }));
    const error = await settle(client(fetch).trials.get('t1', { signal: controller.signal })).catch(
      (e: unknown) => e,
    );
    expect((error as DOMException).name).toBe('AbortError');
  });

  it('a bug is not a problem: anything but an OnrampError rejects', async () => {
    await expect(settle(Promise.reject(new RangeError('bug')))).rejects.toBeInstanceOf(RangeError);
  });
});

describe('cancellation by AbortSignal', () => {
  it('an abort in flight reaches the transport with the caller’s reason, and nothing is retried', async () => {
    const controller = new AbortController();
    const seen: AbortSignal[] = [];
    const fetch = (request: Request) =>
      new Promise<Response>((_, reject) => {
        seen.push(request.signal);
        request.signal.addEventListener('abort', () => reject(request.signal.reason));
        queueMicrotask(() => controller.abort(new DOMException('user', 'AbortError')));
      });
    const error = await client(fetch)
      .customers.list({}, { signal: controller.signal })
      .catch((e: unknown) => e);
    const [signal] = seen as [AbortSignal];
    expect(seen).toHaveLength(1);
    expect(signal.aborted).toBe(true);
    expect((signal.reason as DOMException).message).toBe('user');
    expect((error as DOMException).name).toBe('AbortError');
  });

  it('the per-attempt timeout aborts the send with a TimeoutError, the caller’s signal untouched', async () => {
    const controller = new AbortController();
    const fetch = (request: Request) =>
      new Promise<Response>((_, reject) => {
        request.signal.addEventListener('abort', () => reject(request.signal.reason));
      });
    const error = await client(fetch, { timeoutMs: 20, retry: false })
      .customers.get('c', {}, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(controller.signal.aborted).toBe(false);
  });
});

describe('idempotency keys across a lost answer', () => {
  const trial: StartTrialRequest = {
    customerName: 'Acme',
    customerAdminEmail: 'admin@example.com',
    services: ['calling'],
    trialDays: 30,
    country: 'US',
    ccai: false,
  };

  it('every retry of one create carries the same key and the same body', async () => {
    const { sent, fetch } = scripted(
      () => {
        throw new TypeError('fetch failed');
      },
      () => json(503, errorBody('unavailable')),
      () => json(201, { id: 't9' }),
    );
    await client(fetch).trials.start(trial);
    expect(sent).toHaveLength(3);
    const keys = sent.map((request) => request.headers.get('idempotency-key'));
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(keys).size).toBe(1);
    const bodies = await Promise.all(sent.map((request) => request.text()));
    expect(new Set(bodies).size).toBe(1);
    expect(bodies[0]).toContain('Acme');
  });

  it('a POST the server does not deduplicate is sent once, with its body', async () => {
    const { sent, fetch } = scripted(() => json(503, errorBody('unavailable')));
    const error = await settle(client(fetch, { idempotencyKeys: false }).trials.start(trial));
    expect(error.problem?.status).toBe(503);
    expect(sent).toHaveLength(1);
  });
});
