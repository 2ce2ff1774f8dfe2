import type { paths, Token } from '@onramp/contract';
import createClient, { type Client } from 'openapi-fetch';
import type { GetToken } from './internal/auth.js';
import { systemClock } from './internal/clock.js';
import { randomKey, requestKeys } from './internal/idempotency.js';
import type { RetryOptions } from './internal/retry.js';
import { transport } from './internal/transport.js';
import type { Clock, FetchLike, Logger } from './internal/types.js';
import { SDK_VERSION } from './version.js';

/** openapi-fetch's client typed with every operation of the contract: `{ data } | { error }`, never throws for HTTP. */
export type RawClient = Client<paths, 'application/json'>;

/** The options besides the token source. */
export interface OnrampClientBaseOptions {
  /** `http://localhost:4010/v1` for the mock server, `https://webexapis.com/v1` for the real service. */
  baseUrl: string;
  /** The transport; default: the global `fetch` (looked up per request, so MSW can intercept it). */
  fetch?: FetchLike;
  /** Retry policy for 429, 5xx and connection failures; `false` never retries. */
  retry?: RetryOptions | false;
  /** Per attempt, in ms (default 30 000; 0 for none). Merged with the `signal` of each call. */
  timeoutMs?: number;
  /** Replaces the default `onramp-sdk/<version>` user agent (ignored in browsers, which send their own). */
  userAgent?: string;
  /** Sent with every request unless the request sets the same header. */
  headers?: Record<string, string>;
  /** Add an `Idempotency-Key` to creating POSTs (default `true`); a function makes the keys. */
  idempotencyKeys?: boolean | (() => string);
  /** Lines about retries and waits (never headers or tokens), e.g. `console`. */
  logger?: Logger;
  /** Time for retries and polling; inject in tests to assert delays without waiting. */
  clock?: Clock;
  /** The jitter's random source in [0, 1); inject in tests. */
  random?: () => number;
}

/**
 * `token`: a fixed bearer token, or a function that returns one, sync or async (called per
 * request; again with `{ refresh: true }` after a 401). The same option as the widgets' `token`.
 */
export type OnrampClientOptions = OnrampClientBaseOptions &
  (
    | { token: Token; getToken?: never }
    | {
        /** @deprecated Pass the function as `token`; `getToken` is accepted until 1.0. */
        getToken: GetToken;
        token?: never;
      }
  );

/** What the ergonomic resources share. */
export interface ClientContext {
  raw: RawClient;
  clock: Clock;
  logger: Logger | undefined;
}

/**
 * The typed raw client alone, with the transport layers (auth, request id, retry, timeout) and
 * idempotency keys: for code that wants `{ data } | { error }` and nothing else.
 */
export function createRawClient(options: OnrampClientOptions): RawClient {
  return createClientContext(options).raw;
}

/**
 * The context the resources share (the typed raw client with its transport, the clock, the logger),
 * built once from the client's options. With it, a caller makes only the resources it calls, and a
 * bundler keeps only those: `createOnrampClient` makes all twelve.
 *
 * @example
 * const ctx = createClientContext({ baseUrl, token });
 * const onramp: Pick<OnrampClient, 'users' | 'roles'> = { users: new Users(ctx), roles: new Roles(ctx) };
 */
export function createClientContext(options: OnrampClientOptions): ClientContext {
  const { baseUrl, clock = systemClock, logger, idempotencyKeys: keys } = options ?? {};
  if (!baseUrl || typeof baseUrl !== 'string') throw new TypeError('`baseUrl` is required');
  const { token, getToken = typeof token === 'function' ? token : undefined } = options;
  if (typeof getToken !== 'function' && typeof token !== 'string')
    throw new TypeError('`token` is required: a string, or a function that returns one (sync or async)');
  const fetch = transport({
    ...options,
    getToken,
    clock,
    stamp: requestKeys(baseUrl, keys === false ? undefined : typeof keys === 'function' ? keys : randomKey),
  });
  // Default headers are openapi-fetch's: a request's own header of the same name wins. Browsers
  // refuse to set `User-Agent` (and it would need a CORS preflight), so it is sent outside them only.
  const raw = createClient<paths>({
    baseUrl,
    fetch,
    headers: {
      ...(typeof document === 'undefined' && {
        'User-Agent': options.userAgent ?? `onramp-sdk/${SDK_VERSION}`,
      }),
      ...options.headers,
    },
  });
  return { raw, clock, logger };
}
