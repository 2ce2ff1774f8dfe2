import { createMockApp, createMockFetch } from '@onramp/mock-server';
import { describe, expect, it } from 'vitest';
import { CLOCK_STEPS, mockControl } from './mock-control.js';

const BASE_URL = 'http://portal.test/v1';
const HOUR = 60 * 60_000;

function setUp() {
  const app = createMockApp({ speed: 0 });
  const fetch = createMockFetch({ baseUrl: BASE_URL, app });
  // The contract's calls by hand: this test is about the control API, not a client.
  const client = (method: string, path: string, body?: unknown) =>
    fetch(`${BASE_URL}${path}`, {
      method,
      headers: { authorization: 'Bearer partner-full-admin', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  return { app, client, control: mockControl(BASE_URL, fetch) };
}

type Client = ReturnType<typeof setUp>['client'];

async function onboard(client: Client, name: string) {
  const response = await client('POST', '/wholesale/customers', {
    provisioningId: `prov-${name}`,
    packages: ['webex_calling'],
    externalId: `ext-${name}`,
    address: {
      addressLine1: '1 Main St',
      city: 'Austin',
      stateOrProvince: 'TX',
      zipOrPostalCode: '78701',
      country: 'US',
    },
    customerInfo: { name, primaryEmail: 'admin@portal-test.example.com' },
    provisioningParameters: { packages: { limits: { webex_calling: 1 } } },
  });
  expect(response.status).toBe(202);
  return response.headers.get('location')!.split('/').pop()!;
}

async function statusOf(client: Client, customerId: string) {
  const response = await client('GET', `/wholesale/customers/${customerId}`);
  return ((await response.json()) as { status?: string }).status;
}

describe("the mock's control API, as the demo controls use it", () => {
  it('reads and moves the virtual clock', async () => {
    const { app, control } = setUp();
    const before = await control.clock();
    expect(before.data?.epochMs).toBe(app.clock.now());
    const after = await control.advance(CLOCK_STEPS[0].ms);
    expect(after.data?.epochMs).toBe(before.data!.epochMs + 5 * 60_000);
    expect(app.clock.now()).toBe(after.data!.epochMs);
  });

  it('approves a pending RPL review: provisioning, then provisioned once the clock moves on', async () => {
    const { client, control } = setUp();
    const id = await onboard(client, 'Tulip rpl-listed BV');
    expect(await statusOf(client, id)).toBe('pending_rpl_review');
    expect((await control.decideRpl(id, 'approved')).data?.status).toBe('provisioning');
    await control.advance(CLOCK_STEPS[0].ms);
    expect(await statusOf(client, id)).toBe('provisioned');
  });

  it('denies a review (error), and lets +72 h time one out (error)', async () => {
    const { client, control } = setUp();
    const denied = await onboard(client, 'Denied rpl-listed Ltd');
    expect((await control.decideRpl(denied, 'denied')).data?.status).toBe('error');
    const waiting = await onboard(client, 'Slow rpl-timeout Ltd');
    await control.advance(CLOCK_STEPS[2].ms + HOUR);
    expect(await statusOf(client, waiting)).toBe('error');
  });

  it('reports a refusal as a problem with its status, reason and message', async () => {
    const { client, control } = setUp();
    const clear = await onboard(client, 'Clear Company');
    const notPending = await control.decideRpl(clear, 'approved');
    expect(notPending.problem).toMatchObject({ status: 409 });
    expect(notPending.problem?.message).toBeTruthy();
    const unknown = await control.decideRpl('no-such-customer', 'approved');
    expect(unknown.problem).toMatchObject({ status: 404, reason: 'not_found' });
    const invalid = await control.advance(-1);
    expect(invalid.problem).toMatchObject({ status: 400, reason: 'invalid_type' });
  });

  it('fails on a backend without the control API (a real service), and on no answer at all', async () => {
    const notMock = mockControl(BASE_URL, async () => new Response('<h1>Not found</h1>', { status: 404 }));
    expect((await notMock.clock()).problem).toMatchObject({ status: 404 });
    const htmlOk = mockControl(BASE_URL, async () => new Response('<html></html>', { status: 200 }));
    expect((await htmlOk.clock()).problem).toMatchObject({ status: 200 });
    const offline = mockControl(BASE_URL, async () => {
      throw new TypeError('Failed to fetch');
    });
    expect((await offline.clock()).problem).toMatchObject({
      status: 0,
      network: true,
      message: 'Failed to fetch',
    });
  });

  it('calls the control API at the base URL’s origin', async () => {
    const urls: string[] = [];
    const control = mockControl('http://localhost:4010/v1', async (input) => {
      urls.push(String(input));
      return Response.json({ now: '', epochMs: 0 });
    });
    await control.clock();
    await control.decideRpl('a/b', 'denied');
    expect(urls).toEqual(['http://localhost:4010/_mock/clock', 'http://localhost:4010/_mock/rpl/a%2Fb']);
  });
});
