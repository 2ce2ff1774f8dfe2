import { describe, expect, it } from 'vitest';
import { ConnectionError, RateLimitError, ServerError, TimeoutError } from '../src/index.js';
import { clientFor, newCustomer, useTestServer } from './helpers.js';

const server = useTestServer();

describe('retries against the mock server with injected faults', () => {
  it('retries a GET on 503 exactly maxRetries times, honouring Retry-After', async () => {
    server.app.faults.setRoute('listWholesaleCustomers', { forceStatus: 503, retryAfterSeconds: 3 });
    const { client, clock } = clientFor(server);
    const error = await client.customers.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).status).toBe(503);
    expect(server.count('GET', '/wholesale/customers')).toBe(3);
    expect(clock.sleeps).toEqual([3000, 3000]);
  });

  it('retries a 429 after Retry-After and succeeds when the limit lifts', async () => {
    server.app.faults.setRoute('listWholesaleCustomers', { forceStatus: 429, retryAfterSeconds: 1 });
    const { client, clock } = clientFor(server, {
      retry: { onRetry: () => server.app.faults.clear() },
    });
    const page = await client.customers.list();
    expect(page.items.length).toBeGreaterThan(0);
    expect(server.count('GET', '/wholesale/customers')).toBe(2);
    expect(clock.sleeps).toEqual([1000]);
  });

  it('gives up at once when Retry-After is longer than maxRetryAfterMs, telling how long to wait', async () => {
    server.app.faults.setRoute('listWholesaleCustomers', { forceStatus: 429, retryAfterSeconds: 120 });
    const { client, clock } = clientFor(server);
    const error = await client.customers.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(120_000);
    expect((error as RateLimitError).reason).toBe('rate_limited');
    expect(server.count('GET', '/wholesale/customers')).toBe(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('retries a creating POST (it carries an Idempotency-Key)', async () => {
    server.app.faults.setRoute('provisionWholesaleCustomer', { forceStatus: 503 });
    const { client } = clientFor(server);
    await expect(client.customers.create(newCustomer())).rejects.toBeInstanceOf(ServerError);
    expect(server.count('POST', '/wholesale/customers')).toBe(3);
  });

  it('never retries a POST without an Idempotency-Key', async () => {
    server.app.faults.setRoute('provisionWholesaleCustomer', { forceStatus: 503 });
    const { client, clock } = clientFor(server, { idempotencyKeys: false });
    await expect(client.customers.create(newCustomer())).rejects.toBeInstanceOf(ServerError);
    expect(server.count('POST', '/wholesale/customers')).toBe(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('never retries a POST the server does not deduplicate (precheck), even with keys on', async () => {
    server.app.faults.setRoute('precheckWholesaleCustomer', { forceStatus: 503 });
    const { client } = clientFor(server);
    const { provisioningId: _p, externalId: _e, ...precheck } = newCustomer();
    await expect(client.customers.precheck(precheck)).rejects.toBeInstanceOf(ServerError);
    expect(server.count('POST', '/wholesale/customers/validate')).toBe(1);
  });

  it('retries a PUT and a DELETE (idempotent methods)', async () => {
    server.app.faults.setRoute('updateWholesaleCustomer', { forceStatus: 503 });
    server.app.faults.setRoute('removeWholesaleCustomer', { forceStatus: 503 });
    const { client } = clientFor(server);
    const [first] = (await client.customers.list()).items;
    await expect(
      client.customers.update(first?.id ?? '', { packages: ['webex_calling'] }),
    ).rejects.toBeInstanceOf(ServerError);
    await expect(client.customers.remove(first?.id ?? '')).rejects.toBeInstanceOf(ServerError);
    expect(server.count('PUT', `/wholesale/customers/${first?.id}`)).toBe(3);
    expect(server.count('DELETE', `/wholesale/customers/${first?.id}`)).toBe(3);
  });

  it('retries a dropped connection for a GET, then throws ConnectionError', async () => {
    server.app.faults.setRoute('listWholesaleCustomers', { drop: true });
    const { client, clock } = clientFor(server);
    const error = await client.customers.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).status).toBeUndefined();
    expect(server.count('GET', '/wholesale/customers')).toBe(3);
    // Full jitter with random() = 0.5: half of 500·2⁰, then half of 500·2¹.
    expect(clock.sleeps).toEqual([250, 500]);
  });

  it('does not retry a dropped connection for a POST without a key', async () => {
    server.app.faults.setRoute('provisionWholesaleCustomer', { drop: true });
    const { client } = clientFor(server, { idempotencyKeys: false });
    await expect(client.customers.create(newCustomer())).rejects.toBeInstanceOf(ConnectionError);
    expect(server.count('POST', '/wholesale/customers')).toBe(1);
  });

  it('times out a slow attempt (TimeoutError) and retries it when it is safe to', async () => {
    server.app.faults.setRoute('listWholesaleCustomers', { latencyMs: 300 });
    const retries: (number | undefined)[] = [];
    const { client } = clientFor(server, {
      timeoutMs: 50,
      retry: { onRetry: (e) => retries.push(e.status) },
    });
    const error = await client.customers.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(retries).toEqual([undefined, undefined]);
    expect((error as Error).message).toMatch(/No answer within 50 ms \(GET \/v1\/wholesale\/customers\)/);
  });

  it('retry: false sends once', async () => {
    // Another route than the tests above: their slow attempts may still be logged meanwhile.
    server.app.faults.setRoute('listWholesaleSubscribers', { forceStatus: 503 });
    const { client } = clientFor(server, { retry: false });
    await expect(client.subscribers.list()).rejects.toBeInstanceOf(ServerError);
    expect(server.count('GET', '/wholesale/subscribers')).toBe(1);
  });
});

describe('a create whose response is lost', () => {
  /** Forwards to the server, then loses the first answer to a creating POST (as a reset connection would). */
  function losingFirstCreateAnswer() {
    const keys: (string | null)[] = [];
    let lost = false;
    const transport = async (request: Request) => {
      const isCreate =
        request.method === 'POST' && new URL(request.url).pathname === '/v1/wholesale/customers';
      if (isCreate) keys.push(request.headers.get('idempotency-key'));
      const response = await fetch(request);
      if (isCreate && !lost) {
        lost = true;
        await response.body?.cancel();
        throw new TypeError('fetch failed');
      }
      return response;
    };
    return { keys, transport };
  }

  it('is retried with the same Idempotency-Key and yields exactly one customer', async () => {
    const { keys, transport } = losingFirstCreateAnswer();
    const { client } = clientFor(server, { fetch: transport });
    const body = newCustomer();
    const created = await client.customers.create(body);
    expect(server.count('POST', '/wholesale/customers')).toBe(2);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    const found = await client.customers.list({ externalId: body.externalId }).toArray();
    expect(found.map((c) => c.id)).toEqual([created.customerId]);
  });

  it('without a key, is not retried: the caller gets a ConnectionError (and must check before re-sending)', async () => {
    const { transport } = losingFirstCreateAnswer();
    const { client } = clientFor(server, { fetch: transport, idempotencyKeys: false });
    const body = newCustomer();
    await expect(client.customers.create(body)).rejects.toBeInstanceOf(ConnectionError);
    expect(server.count('POST', '/wholesale/customers')).toBe(1);
    expect(await client.customers.list({ externalId: body.externalId }).toArray()).toHaveLength(1);
  });

  it('keeps a caller-given Idempotency-Key', async () => {
    const { keys, transport } = losingFirstCreateAnswer();
    const { client } = clientFor(server, { fetch: transport });
    await client.customers.create(newCustomer(), { idempotencyKey: 'order-4711' });
    expect(keys).toEqual(['order-4711', 'order-4711']);
  });
});
