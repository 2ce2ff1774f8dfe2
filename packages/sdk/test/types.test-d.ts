import type {
  ContactCenterDetails,
  Customer,
  DenialReason,
  ErrorResponse,
  Organization,
  Setup,
  User,
} from '@onramp/contract';
import { describe, expectTypeOf, it } from 'vitest';
import {
  createOnrampClient,
  type ForbiddenError,
  type OnrampClientOptions,
  type OnrampError,
  type Page,
  type PagePromise,
  type RateLimitError,
  type Token,
  type TokenContext,
} from '../src/index.js';
import type { IDEMPOTENT_POST_PATHS, KeyedPostPath } from '../src/internal/idempotency.js';

const client = createOnrampClient({ baseUrl: 'http://localhost:4010/v1', token: 't' });

describe('raw: every operation typed from the contract', () => {
  it('a known path, its params and its answer are typed', async () => {
    const result = await client.raw.GET('/wholesale/customers/{customerId}', {
      params: { path: { customerId: 'c1' }, query: { includePackageLicenseInfo: true } },
    });
    expectTypeOf(result.data).toEqualTypeOf<Customer | undefined>();
    expectTypeOf(result.error).toEqualTypeOf<ErrorResponse | undefined>();
  });

  it('a wrong path, method, param or body is a compile error', () => {
    // @ts-expect-error: no such path
    client.raw.GET('/wholesale/customer');
    // @ts-expect-error: the path has no POST
    client.raw.POST('/wholesale/customers/{customerId}', { params: { path: { customerId: 'c' } } });
    // @ts-expect-error: the path parameter is required
    client.raw.GET('/wholesale/customers/{customerId}', { params: { path: {} } });
    // @ts-expect-error: unknown query parameter
    client.raw.GET('/wholesale/customers', { params: { query: { page: 2 } } });
    // @ts-expect-error: a status outside the contract's enum
    client.raw.GET('/wholesale/customers', { params: { query: { status: ['done'] } } });
    client.raw.POST('/wholesale/customers', {
      // @ts-expect-error: externalId, provisioningId, packages and address are required
      body: { customerInfo: { name: 'x', primaryEmail: 'a@b.c' } },
    });
    client.raw.PUT('/organizations/{orgId}/users/{userId}/adminRole', {
      params: { path: { orgId: 'o', userId: 'u' } },
      // @ts-expect-error: not an AdminRole
      body: { role: 'super_admin' },
    });
  });
});

describe('the ergonomic layer', () => {
  it('lists are pages and async iterables of the contract item', () => {
    expectTypeOf(client.customers.list()).toEqualTypeOf<PagePromise<Customer>>();
    expectTypeOf(client.organizations.list()).toEqualTypeOf<PagePromise<Organization>>();
    expectTypeOf(client.users.list('o')).toEqualTypeOf<PagePromise<User>>();
    expectTypeOf<Awaited<ReturnType<typeof client.customers.list>>>().toEqualTypeOf<Page<Customer>>();
    expectTypeOf(client.customers.list()).toMatchTypeOf<AsyncIterable<Customer>>();
  });

  it('waits resolve with the resource', () => {
    expectTypeOf(client.customers.createAndWait).returns.toEqualTypeOf<Promise<Customer>>();
    expectTypeOf(client.setup.submitAndWait).returns.toEqualTypeOf<Promise<Setup>>();
    expectTypeOf(client.setup.orderSummary('o')).toEqualTypeOf<Promise<Blob>>();
    expectTypeOf(client.setup.setUpContactCenter('o', { chat: true })).toEqualTypeOf<
      Promise<ContactCenterDetails>
    >();
    expectTypeOf(client.setup.orderSummary('o', { as: 'arrayBuffer' })).toEqualTypeOf<Promise<ArrayBuffer>>();
  });

  it('wrong arguments are compile errors', () => {
    // @ts-expect-error: a status outside the contract's enum
    client.customers.list({ status: ['done'] });
    // @ts-expect-error: required fields missing
    client.customers.create({ externalId: 'x' });
    // @ts-expect-error: not an AdminRole
    client.roles.assign('o', 'u', 'owner');
    // @ts-expect-error: not a License
    client.users.setLicense('o', 'u', 'cc_gold');
    // @ts-expect-error: rplReview is 'stop' or 'wait'
    client.customers.waitFor('c', { rplReview: 'ignore' });
  });

  it('token is a string or a function (sync or async), the same Token the widgets take; it is required', () => {
    createOnrampClient({ baseUrl: 'x', token: 't' });
    createOnrampClient({ baseUrl: 'x', token: () => 't' });
    createOnrampClient({ baseUrl: 'x', token: async ({ refresh }) => (refresh ? 'new' : 'cached') });
    expectTypeOf<OnrampClientOptions['token']>().toEqualTypeOf<Token | undefined>();
    expectTypeOf<Token>().toEqualTypeOf<string | ((context: TokenContext) => string | Promise<string>)>();
    // @ts-expect-error: no token
    createOnrampClient({ baseUrl: 'x' });
    // @ts-expect-error: a token is a string, not a number
    createOnrampClient({ baseUrl: 'x', token: 42 });
    // @ts-expect-error: the function returns the token, not an object
    createOnrampClient({ baseUrl: 'x', token: () => ({ token: 't' }) });
  });

  it('getToken still works (deprecated), never together with token', () => {
    createOnrampClient({ baseUrl: 'x', getToken: async ({ refresh }) => (refresh ? 'new' : 'cached') });
    // @ts-expect-error: both
    createOnrampClient({ baseUrl: 'x', token: 't', getToken: () => 't' });
  });
});

describe('errors', () => {
  it('carry the contract body; a 403 reason is a DenialReason', () => {
    expectTypeOf<OnrampError['body']>().toEqualTypeOf<ErrorResponse | undefined>();
    expectTypeOf<OnrampError['status']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ForbiddenError['reason']>().toEqualTypeOf<DenialReason | undefined>();
    expectTypeOf<RateLimitError['retryAfterMs']>().toEqualTypeOf<number | undefined>();
  });
});

describe('idempotency keys', () => {
  it('go on exactly the POSTs whose contract declares Idempotency-Key', () => {
    expectTypeOf<(typeof IDEMPOTENT_POST_PATHS)[number]>().toEqualTypeOf<KeyedPostPath>();
  });
});
