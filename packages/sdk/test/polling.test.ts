import { describe, expect, it } from 'vitest';
import { ProvisioningFailedError, WaitTimeoutError } from '../src/index.js';
import { clientFor, newCustomer, recordingClock, useTestServer } from './helpers.js';

// speed 0: the mock's virtual time moves only when the SDK's injected clock sleeps.
const server = useTestServer({ scenario: 'empty' });

/** A client whose pauses advance the mock's virtual clock instead of waiting. */
function virtualTimeClient() {
  return clientFor(server, { clock: recordingClock((ms) => server.app.clock.advance(ms)) });
}

describe('customers.createAndWait', () => {
  it('resolves when the customer is provisioned, reporting each status once', async () => {
    const { client, clock } = virtualTimeClient();
    const statuses: string[] = [];
    const customer = await client.customers.createAndWait(newCustomer(), {
      onStatus: (s) => statuses.push(s),
    });
    expect(customer.status).toBe('provisioned');
    expect(statuses).toEqual(['provisioning', 'provisioned']);
    // Exponential backoff: 1 s, 2 s, 4 s, … until the 3 virtual minutes of provisioning are over.
    expect(clock.sleeps.slice(0, 4)).toEqual([1000, 2000, 4000, 8000]);
    expect(server.count('POST', '/wholesale/customers')).toBe(1);
  });

  it('follows the Location of the 202 to the customer it created', async () => {
    const { client } = virtualTimeClient();
    const created = await client.customers.create(newCustomer());
    expect(created.url).toMatch(/\/wholesale\/customers\/[^/]+$/);
    const customer = await client.customers.waitFor(created.customerId);
    expect(customer.id).toBe(created.customerId);
    expect(
      server.lines.filter((l) => l.startsWith(`GET /v1/wholesale/customers/${created.customerId}`)).length,
    ).toBeGreaterThan(0);
  });

  it('stops at pending_rpl_review by default (a human decides)', async () => {
    const { client } = virtualTimeClient();
    const customer = await client.customers.createAndWait(newCustomer('Acme rpl-listed Ltd'));
    expect(customer.status).toBe('pending_rpl_review');
    expect(customer.rplReview?.reviewStatus).toBe('pending');
  });

  it("with rplReview: 'wait', goes on through the review to provisioned", async () => {
    const { client } = virtualTimeClient();
    const statuses: string[] = [];
    const customer = await client.customers.createAndWait(newCustomer('Acme rpl-listed Ltd'), {
      rplReview: 'wait',
      maxIntervalMs: 10 * 60_000,
      timeoutMs: 2 * 3_600_000,
      onStatus: (s) => statuses.push(s),
    });
    expect(customer.status).toBe('provisioned');
    // The review first, provisioned last; `provisioning` is seen only when a poll lands inside it
    // (with exact time travel, approval and provisioning may both fall within one poll interval).
    expect(statuses[0]).toBe('pending_rpl_review');
    expect(statuses.at(-1)).toBe('provisioned');
    const order = ['pending_rpl_review', 'provisioning', 'provisioned'];
    expect(statuses.map((s) => order.indexOf(s))).toEqual(
      [...new Set(statuses.map((s) => order.indexOf(s)))].sort(),
    );
  });

  it('rejects with ProvisioningFailedError when the review denies the customer', async () => {
    const { client } = virtualTimeClient();
    const wait = client.customers.createAndWait(newCustomer('Acme rpl-denied Ltd'), {
      rplReview: 'wait',
      maxIntervalMs: 10 * 60_000,
      timeoutMs: 2 * 3_600_000,
    });
    const error = await wait.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProvisioningFailedError);
    expect((error as ProvisioningFailedError<{ status: string }>).resource.status).toBe('error');
  });

  it('rejects with WaitTimeoutError after timeoutMs, with the last state read', async () => {
    const { client } = virtualTimeClient();
    const error = await client.customers
      .createAndWait(newCustomer('Acme rpl-timeout Ltd'), { rplReview: 'wait', timeoutMs: 60_000 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect((error as WaitTimeoutError<{ status: string }>).last?.status).toBe('pending_rpl_review');
  });

  it('stops polling when the signal aborts, and sends nothing after', async () => {
    const controller = new AbortController();
    let reads = 0;
    const { client } = clientFor(server, {
      clock: recordingClock(() => {
        if (++reads === 3) controller.abort(new Error('user cancelled'));
      }),
    });
    const error = await client.customers
      .createAndWait(newCustomer(), { signal: controller.signal })
      .catch((e: unknown) => e);
    expect((error as Error).message).toBe('user cancelled');
    const before = server.lines.length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.lines.length).toBe(before);
    expect(server.count('POST', '/wholesale/customers')).toBe(1);
  });

  it('a real-time timeout ends a wait on a frozen mock (the system clock)', async () => {
    const { createOnrampClient } = await import('../src/index.js');
    const client = createOnrampClient({ baseUrl: server.url, token: 'partner-full-admin' });
    const started = Date.now();
    const error = await client.customers
      .createAndWait(newCustomer(), { timeoutMs: 150, intervalMs: 20 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
