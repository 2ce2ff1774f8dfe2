import { createOnrampClient } from '@onramp/sdk';
import { describe, expect, it } from 'vitest';
import { call } from './client.js';

/** An SDK client without retries whose every request is answered by `answer` (a fetch injected, no network). */
function answering(answer: () => Response | Promise<Response>) {
  return createOnrampClient({
    baseUrl: 'http://onramp.test/v1',
    token: 'customer-full-admin',
    retry: false,
    fetch: async () => answer(),
  });
}
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('call: an SDK call in the widgets’ result form', () => {
  it('answers the data of a success', async () => {
    const sdk = answering(() => json(200, { id: 'U1', email: 'a@x.com' }));
    expect(await call(sdk.permissions.me())).toEqual({ data: { id: 'U1', email: 'a@x.com' } });
  });

  it("folds the SDK's typed error into a problem: status, every error entry, tracking id", async () => {
    const sdk = answering(() =>
      json(400, {
        message: 'Invalid request',
        trackingId: 'T-1',
        errors: [
          { reason: 'required', field: 'address.city', description: 'The city is required.' },
          { reason: 'invalid_format', field: 'email', description: 'Not an email.' },
        ],
      }),
    );
    const { problem } = await call(sdk.permissions.me());
    expect(problem).toEqual({
      status: 400,
      reason: 'required',
      field: 'address.city',
      message: 'The city is required.',
      trackingId: 'T-1',
      errors: [
        { reason: 'required', field: 'address.city' },
        { reason: 'invalid_format', field: 'email' },
      ],
    });
  });

  it.each([
    ['12', 12],
    ['0', 0],
  ])(
    'a 429 with Retry-After %j waits %i seconds (the SDK’s one rule, in whole seconds)',
    async (header, seconds) => {
      const sdk = answering(() =>
        json(429, { message: 'Too Many Requests', errors: [] }, { 'retry-after': header }),
      );
      const { problem } = await call(sdk.permissions.me());
      expect([problem?.status, problem?.retryAfter]).toEqual([429, seconds]);
    },
  );

  it('a date a fraction of a second ahead is rounded up, never "0 seconds" too early', async () => {
    const at = new Date(Date.now() + 1500).toUTCString();
    const sdk = answering(() => json(429, { message: 'slow down', errors: [] }, { 'retry-after': at }));
    const { problem } = await call(sdk.permissions.me());
    expect(problem?.retryAfter).toBeGreaterThanOrEqual(1);
    expect(problem?.retryAfter).toBeLessThanOrEqual(2);
  });

  it('an unreadable Retry-After is no wait at all', async () => {
    const sdk = answering(() => json(429, { message: 'slow down', errors: [] }, { 'retry-after': '1.5' }));
    expect((await call(sdk.permissions.me())).problem?.retryAfter).toBeUndefined();
  });

  it('no answer at all is a network problem with status 0', async () => {
    const sdk = answering(() => {
      throw new TypeError('Failed to fetch');
    });
    const { problem } = await call(sdk.permissions.me());
    expect([problem?.status, problem?.network]).toEqual([0, true]);
  });

  it('a call its caller aborted is a network problem too; a bug still rejects', async () => {
    const controller = new AbortController();
    controller.abort();
    const sdk = answering(() => json(200, {}));
    expect((await call(sdk.permissions.me({ signal: controller.signal }))).problem?.network).toBe(true);
    await expect(call(Promise.reject(new TypeError('a bug')))).rejects.toThrow('a bug');
  });
});
