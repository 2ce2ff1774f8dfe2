import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMockApp, type MockApp } from '../src/app/app.js';
import { createManualClock } from '../src/core/clock.js';
import { contractOperations } from '../src/core/contract.js';
import { type RunningMockServer, startMockServer } from '../src/node/server.js';
import { designedSuite } from './designed-suite.js';
import { createClient, succeeded } from './http-client.js';
import { malformedEveryOperation } from './malformed-generic.js';
import { malformedSuite } from './malformed-suite.js';
import { seedRulesSuite } from './seed-rules-suite.js';
import { usersRolesSuite } from './users-roles-suite.js';
import { wholesaleSuite } from './wholesale-suite.js';

describe('standalone server over real HTTP', () => {
  let running: RunningMockServer;
  let app: MockApp;
  let call: ReturnType<typeof createClient>;

  beforeAll(async () => {
    // A manual clock: the test moves virtual time itself.
    app = createMockApp({ clock: createManualClock() });
    running = await startMockServer({ app, port: 0 });
    call = createClient(running.url);
  });
  afterAll(() => running.close());
  beforeEach(() => app.reset());

  wholesaleSuite(() => ({ call, app }));
  designedSuite(() => ({ call, app, origin: running.url.replace(/\/v1$/, '') }));
  usersRolesSuite(() => ({ call, app }));
  seedRulesSuite(() => ({ call, app }));
  malformedSuite(() => ({ call, app }));
  malformedEveryOperation(() => ({ call, app }));

  it('has driven every operation of the contract to a successful answer', () => {
    const all = contractOperations().map((op) => `${op.method.toUpperCase()} ${op.pattern}`);
    expect(all.filter((operation) => !succeeded.has(operation))).toEqual([]);
  });

  it('answers 404 and 405 in the error shape', async () => {
    const notFound = await fetch(`${running.url}/wholesale/nothing`);
    expect(notFound.status).toBe(404);
    expect(await notFound.json()).toMatchObject({
      errors: [{ reason: 'not_found' }],
      trackingId: expect.stringMatching(/^ONRAMP_/),
    });
    const wrong = await call('PATCH', '/wholesale/customers');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, POST');
    expect(wrong.json.errors[0].reason).toBe('method_not_allowed');
    const wrongOnItem = await call('POST', '/wholesale/customers/{customerId}', {
      path: '/wholesale/customers/abc',
      body: {},
    });
    expect(wrongOnItem.status).toBe(405);
  });

  it('answers a CORS preflight', async () => {
    const preflight = await fetch(`${running.url}/wholesale/customers`, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('idempotency-key');
  });

  it('injects faults at run time: 429 with Retry-After, 503, and a dropped connection', async () => {
    app.faults.setRoute('listWholesaleCustomers', { forceStatus: 429, retryAfterSeconds: 3 });
    const limited = await call('GET', '/wholesale/customers');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
    app.faults.setGlobal({ forceStatus: 503 });
    expect((await call('GET', '/wholesale/subscribers')).status).toBe(503);
    app.faults.setGlobal({ drop: true });
    await expect(fetch(`${running.url}/wholesale/subscribers`)).rejects.toThrow();
  });
});
