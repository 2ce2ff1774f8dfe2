import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMockApp, type MockApp } from '../src/app/app.js';
import { createManualClock } from '../src/core/clock.js';
import { createMockFetch } from '../src/fetch/fetch-adapter.js';
import { type RunningMockServer, startMockServer } from '../src/node/server.js';
import { setupMockServer } from '../src/node.js';
import { US_ADDRESS } from './customers.js';

/**
 * The "lost answer" fault in each mode that can express it: the handler runs (the customer is
 * created, the idempotency key recorded), then the connection is dropped: node:http destroys the
 * socket, MSW answers `Response.error()`, `createMockFetch` rejects like a network failure.
 */
interface Mode {
  /** `fetch` against the mode's origin; `path` starts at the origin (`/v1/...` or `/_mock/...`). */
  send(path: string, init?: RequestInit): Promise<Response>;
  app: MockApp;
}

const auth = { authorization: 'Bearer partner-full-admin', 'content-type': 'application/json' };
const customer = (externalId: string) =>
  JSON.stringify({
    provisioningId: 'lost-answer',
    packages: ['webex_calling'],
    externalId,
    address: US_ADDRESS,
  });
const customersWith = (app: MockApp, externalId: string) =>
  [...app.store.customers.values()].filter((c) => c.externalId === externalId).length;

function lostAnswerSuite(mode: () => Mode): void {
  /** The control API, as a test or a demo would switch the fault: only the next create loses its answer. */
  async function loseNextCreateAnswer(): Promise<void> {
    const response = await mode().send('/_mock/faults', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ route: 'provisionWholesaleCustomer', rule: { loseAnswer: true, times: 1 } }),
    });
    expect(response.status).toBe(200);
  }
  const create = (externalId: string, key?: string) =>
    mode().send('/v1/wholesale/customers', {
      method: 'POST',
      headers: key ? { ...auth, 'idempotency-key': key } : auth,
      body: customer(externalId),
    });

  it('makes the change, then drops the connection: the client sees a network error', async () => {
    await loseNextCreateAnswer();
    await expect(create('lost-1', 'key-lost-1')).rejects.toThrow(TypeError);
    expect(customersWith(mode().app, 'lost-1')).toBe(1);
  });

  it('a retry with the same Idempotency-Key replays the first answer: exactly one customer', async () => {
    await loseNextCreateAnswer();
    await expect(create('lost-2', 'key-lost-2')).rejects.toThrow(TypeError);
    const retry = await create('lost-2', 'key-lost-2');
    expect(retry.status).toBe(202);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    const created = mode().app.store.customerByExternal('lost-2');
    expect(retry.headers.get('location')).toMatch(new RegExp(`/wholesale/customers/${created?.id}$`));
    expect(customersWith(mode().app, 'lost-2')).toBe(1);
  });

  it('a retry without a key runs the create a second time, refused as a conflict with itself', async () => {
    await loseNextCreateAnswer();
    await expect(create('lost-3')).rejects.toThrow(TypeError);
    const retry = await create('lost-3');
    // The duplicate is only caught because externalId is unique: the client's own create, that it
    // never heard of, now reads as someone else's. With a key, the SDK gets the 202 instead.
    expect(retry.status).toBe(409);
    expect(await retry.json()).toMatchObject({
      errors: [{ reason: 'customer_exists', field: 'externalId' }],
    });
    expect(customersWith(mode().app, 'lost-3')).toBe(1);
  });

  it('loses the answer of a read too (nothing changes), and switches off through the control API', async () => {
    const put = await mode().send('/_mock/faults', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ route: '/wholesale/customers', rule: { loseAnswer: true } }),
    });
    expect(await put.json()).toEqual({ route: '/wholesale/customers', rule: { loseAnswer: true } });
    await expect(mode().send('/v1/wholesale/customers', { headers: auth })).rejects.toThrow(TypeError);
    await expect(mode().send('/v1/wholesale/customers', { headers: auth })).rejects.toThrow(TypeError);
    const off = await mode().send('/_mock/faults?route=%2Fwholesale%2Fcustomers', { method: 'DELETE' });
    expect(off.status).toBe(204);
    expect((await mode().send('/v1/wholesale/customers', { headers: auth })).status).toBe(200);
  });

  it('refuses a route that names no operation, with a 400 on route', async () => {
    const response = await mode().send('/_mock/faults', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ route: 'provisionWholesaleCustomers', rule: { loseAnswer: true } }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ field: 'route', reason: 'invalid_enum' }] });
  });

  it('refuses an invalid rule with a 400 naming the field', async () => {
    for (const rule of [{ loseAnswer: 'yes' }, { loseAnswer: true, times: 0 }, { times: 1.5 }]) {
      const response = await mode().send('/_mock/faults', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ route: 'provisionWholesaleCustomer', rule }),
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({
        errors: [{ field: 'rule', description: expect.stringMatching(/loseAnswer|times/) }],
      });
    }
  });
}

describe('lost answer over node:http (the socket is destroyed after the write)', () => {
  const app = createMockApp({ clock: createManualClock() });
  let running: RunningMockServer;
  let origin = '';
  beforeAll(async () => {
    running = await startMockServer({ app, port: 0 });
    origin = running.url.replace(/\/v1$/, '');
  });
  afterAll(() => running.close());
  beforeEach(() => app.reset());
  lostAnswerSuite(() => ({ app, send: (path, init) => fetch(`${origin}${path}`, init) }));
});

describe('lost answer through createMockFetch (the fetch rejects)', () => {
  const app = createMockApp({ clock: createManualClock() });
  const mockFetch = createMockFetch({ baseUrl: 'http://onramp.test/v1', app });
  beforeEach(() => app.reset());
  lostAnswerSuite(() => ({ app, send: (path, init) => mockFetch(`http://onramp.test${path}`, init) }));
});

describe('lost answer through MSW setupServer (Response.error())', () => {
  const app = createMockApp({ clock: createManualClock() });
  const { server } = setupMockServer({ app, baseUrl: 'http://onramp.msw/v1' });
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());
  beforeEach(() => app.reset());
  // `globalThis.fetch` is read at call time: MSW patches it only once the server listens.
  lostAnswerSuite(() => ({ app, send: (path, init) => globalThis.fetch(`http://onramp.msw${path}`, init) }));
});
