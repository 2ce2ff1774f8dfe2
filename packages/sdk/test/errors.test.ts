import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  ConflictError,
  createOnrampClient,
  ForbiddenError,
  NotFoundError,
  OnrampError,
  UnauthorizedError,
  ValidationError,
} from '../src/index.js';
import { clientFor, newCustomer, TOKENS, useTestServer } from './helpers.js';

const server = useTestServer();

/** Every way an error gets printed or logged. */
function renderings(error: unknown): string[] {
  return [
    String(error),
    (error as Error).message,
    JSON.stringify(error),
    inspect(error, { depth: 5 }),
    (error as Error).stack ?? '',
  ];
}

function expectNoToken(error: unknown) {
  for (const text of renderings(error)) for (const token of TOKENS) expect(text).not.toContain(token);
}

describe('typed errors from the mock server', () => {
  it('a 403 surfaces its denial reason, status and tracking id', async () => {
    const { client } = clientFor(server, { token: 'partner-read-only-admin' });
    const error = await client.customers.create(newCustomer()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForbiddenError);
    const forbidden = error as ForbiddenError;
    expect(forbidden.status).toBe(403);
    expect(forbidden.reason).toBe('read_only');
    expect(forbidden.trackingId).toMatch(/^ONRAMP_/);
    expect(forbidden.body?.errors[0]?.reason).toBe('read_only');
    expect(forbidden.message).toMatch(/^403 Read-only admins/);
    expect(forbidden.request).toEqual({ method: 'POST', url: `${server.url}/wholesale/customers` });
    expectNoToken(error);
  });

  it('a customer-org admin is told wholesale is partner-only', async () => {
    const { client } = clientFor(server, { token: 'customer-full-admin' });
    const error = await client.customers.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForbiddenError);
    expect((error as ForbiddenError).reason).toBe('partner_only');
    expectNoToken(error);
  });

  it('an unknown token is a 401 UnauthorizedError that does not show the token', async () => {
    const { client } = clientFor(server, { token: 'secret-expired-token' });
    const error = await client.customers.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect((error as UnauthorizedError).reason).toBe('not_signed_in');
    expectNoToken(error);
  });

  it('a body the contract refuses is a ValidationError with field errors', async () => {
    const { client } = clientFor(server);
    const body = newCustomer('Pizza', { address: { country: 'USA' } as never });
    const error = await client.customers.create(body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const fields = Object.keys((error as ValidationError).fieldErrors);
    expect(fields.some((field) => field.startsWith('address'))).toBe(true);
  });

  it('an unknown id is a NotFoundError; a duplicate external id a ConflictError', async () => {
    const { client } = clientFor(server);
    await expect(client.customers.get('nope')).rejects.toBeInstanceOf(NotFoundError);
    const error = await client.customers
      .create(newCustomer('Dup', { externalId: 'ext-1' }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).reason).toBe('customer_exists');
    expect((error as ConflictError).fieldErrors).toHaveProperty('externalId');
  });

  it('raw keeps openapi-fetch results: no throw, { error } with the body', async () => {
    const { client } = clientFor(server, { token: 'partner-read-only-admin' });
    const result = await client.raw.POST('/wholesale/customers', { body: newCustomer() });
    expect(result.data).toBeUndefined();
    expect(result.response.status).toBe(403);
    expect(result.error?.errors[0]?.reason).toBe('read_only');
  });
});

describe('tokens', () => {
  it('a token function is asked again with refresh: true after a 401, and the request is resent once', async () => {
    const calls: boolean[] = [];
    const client = createOnrampClient({
      baseUrl: server.url,
      token: ({ refresh }) => {
        calls.push(refresh);
        return refresh ? 'partner-full-admin' : 'secret-expired-token';
      },
    });
    const created = await client.customers.create(newCustomer());
    expect(created.customerId).toBeTruthy();
    expect(calls).toEqual([false, true]);
    expect(server.count('POST', '/wholesale/customers')).toBe(2);
  });

  it('a token still refused after the refresh is an UnauthorizedError (no loop)', async () => {
    let calls = 0;
    const client = createOnrampClient({
      baseUrl: server.url,
      token: async () => {
        calls++;
        return 'secret-expired-token';
      },
    });
    const error = await client.customers.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(calls).toBe(2);
    expectNoToken(error);
  });

  it('an async token function is awaited before each request', async () => {
    const client = createOnrampClient({ baseUrl: server.url, token: async () => 'partner-full-admin' });
    const me = await client.permissions.me();
    expect(me).toBeTruthy();
  });

  it('the deprecated getToken still works, as the token function did', async () => {
    const client = createOnrampClient({ baseUrl: server.url, getToken: () => 'partner-full-admin' });
    expect(await client.permissions.me()).toBeTruthy();
  });

  it('a token that is not a valid header value is refused without being shown', async () => {
    const client = createOnrampClient({ baseUrl: server.url, token: 'secret-expired-token\nX-Evil: 1' });
    const error = await client.customers.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OnrampError);
    expectNoToken(error);
    expect(server.lines).toHaveLength(0);
  });

  it('needs a base URL and a token source', () => {
    expect(() => createOnrampClient({ baseUrl: '', token: 'x' })).toThrow(/baseUrl/);
    const required = '`token` is required: a string, or a function that returns one (sync or async)';
    expect(() => createOnrampClient({ baseUrl: server.url } as never)).toThrow(required);
    expect(() => createOnrampClient({ baseUrl: server.url, token: 42 } as never)).toThrow(required);
  });
});
