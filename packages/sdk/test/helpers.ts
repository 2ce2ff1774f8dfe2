import type { ProvisionCustomerRequest } from '@onramp/contract';
import { type MockServerOptions, type RunningMockServer, startMockServer } from '@onramp/mock-server/node';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type Clock, createOnrampClient, type OnrampClientOptions } from '../src/index.js';

/** A standalone mock server on a free port, recording every request that reached it. */
export interface TestServer extends RunningMockServer {
  /** `GET /wholesale/customers → 200 (3 ms)`, one line per request that reached the server. */
  readonly lines: string[];
  count(method: string, path: string): number;
}

export async function startTestServer(options: MockServerOptions = {}): Promise<TestServer> {
  const lines: string[] = [];
  const running = await startMockServer({ port: 0, speed: 0, ...options, log: (line) => lines.push(line) });
  return Object.assign(running, {
    lines,
    count: (method: string, path: string) =>
      lines.filter(
        (line) => line.startsWith(`${method} /v1${path} `) || line.startsWith(`${method} /v1${path}?`),
      ).length,
  });
}

/**
 * The test file's standalone mock server: started before its tests, closed after them, and back to
 * its scenario's seed with an empty request log before each test. Read it inside tests and hooks.
 */
export function useTestServer(options: MockServerOptions = {}): TestServer {
  let running: TestServer | undefined;
  beforeAll(async () => {
    running = await startTestServer(options);
  });
  afterAll(() => running?.close());
  beforeEach(() => {
    running?.app.reset();
    running?.lines.splice(0);
  });
  return new Proxy({} as TestServer, {
    get(_, key) {
      if (!running) throw new Error('The test server starts in beforeAll: read it inside a test or a hook.');
      const value = Reflect.get(running, key, running);
      return typeof value === 'function' ? value.bind(running) : value;
    },
  });
}

/**
 * A clock whose sleeps return at once and are recorded; `onSleep` can move the mock's virtual clock
 * along, so waits that take minutes of virtual time take none of real time.
 */
export function recordingClock(onSleep?: (ms: number) => void): Clock & { sleeps: number[] } {
  let now = Date.UTC(2025, 0, 1);
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    async sleep(ms, signal) {
      signal?.throwIfAborted();
      sleeps.push(ms);
      now += ms;
      onSleep?.(ms);
      await Promise.resolve();
      signal?.throwIfAborted();
    },
  };
}

/** A client for the test server: a recording clock, no jitter surprises (random → 0.5). */
export function clientFor(server: { url: string }, options: Partial<OnrampClientOptions> = {}) {
  const clock = (options.clock as ReturnType<typeof recordingClock> | undefined) ?? recordingClock();
  const client = createOnrampClient({
    baseUrl: server.url,
    token: 'partner-full-admin',
    random: () => 0.5,
    ...options,
    clock,
  } as OnrampClientOptions);
  return { client, clock };
}

/** The base URL of a client whose `fetch` is injected (`scripted`): never reached over a network. */
export const SCRIPTED_BASE = 'https://api.test/v1';

/**
 * A client whose every request the injected `fetch` answers (see `scripted`): token `tok`, a
 * recording clock, jitter at 0.5, unless `options` say otherwise.
 */
export function scriptedClient(
  fetch: (request: Request) => Promise<Response>,
  options: Partial<OnrampClientOptions> = {},
) {
  const { client: onramp, clock } = clientFor({ url: SCRIPTED_BASE }, {
    token: 'tok',
    fetch,
    ...options,
  } as Partial<OnrampClientOptions>);
  return { onramp, clock };
}

let counter = 0;
/** A valid provisioning request with a unique external id. */
export function newCustomer(
  name = 'Pizza Co',
  overrides: Partial<ProvisionCustomerRequest> = {},
): ProvisionCustomerRequest {
  counter++;
  const unique = `${Date.now().toString(36)}-${counter}`;
  return {
    provisioningId: `prov-${unique}`,
    externalId: `sdk-test-${unique}`,
    packages: ['webex_calling'],
    address: {
      addressLine1: '771 Alder Drive',
      city: 'Milpitas',
      stateOrProvince: 'CA',
      zipOrPostalCode: '95035',
      country: 'US',
    },
    customerInfo: { name, primaryEmail: `admin-${unique}@example.com` },
    ...overrides,
  };
}

/** The token values the tests use, to check none of them leaks. */
export const TOKENS = [
  'partner-full-admin',
  'partner-read-only-admin',
  'customer-full-admin',
  'secret-expired-token',
];

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
export const errorBody = (reason: string) => ({
  message: reason,
  errors: [{ description: reason, reason }],
  trackingId: 'T1',
});

/**
 * An injected transport (STYLE habit 11): answers from a script and records what was sent, so the
 * pure middleware logic is tested without a server or patched globals.
 */
export function scripted(...answers: ((request: Request) => Response | Promise<Response>)[]) {
  const sent: Request[] = [];
  const fetch = async (request: Request) => {
    sent.push(request.clone());
    const answer = answers[Math.min(sent.length - 1, answers.length - 1)];
    if (!answer) throw new Error('no answer scripted');
    return answer(request);
  };
  return { sent, fetch };
}
