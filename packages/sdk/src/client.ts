import type { paths } from '@onramp/contract';
import createClient, { type Client } from 'openapi-fetch';
import { auth, type GetToken } from './internal/auth.js';
import { systemClock } from './internal/clock.js';
import { compose } from './internal/compose.js';
import { idempotencyKeys, randomKey } from './internal/idempotency.js';
import { requestHeaders } from './internal/request-headers.js';
import { type RetryOptions, retry } from './internal/retry.js';
import { timeout } from './internal/timeout.js';
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

/** A fixed `token`, or `getToken` (called per request; again with `{ refresh: true }` after a 401). */
export type OnrampClientOptions = OnrampClientBaseOptions &
  ({ token: string; getToken?: never } | { getToken: GetToken; token?: never });

/** What the ergonomic resources share. */
export interface ClientContext {
  raw: RawClient;
  clock: Clock;
  logger: Logger | undefined;
}

function defaultUserAgent(): string {
  // `process` is read off globalThis: the build has no Node types, and browsers have no process.
  const runtime = (globalThis as { process?: { versions?: { node?: string } } }).process;
  const node = runtime?.versions?.node;
  return `onramp-sdk/${SDK_VERSION}${node ? ` node/${node}` : ''}`;
}

/**
 * The typed raw client alone, with the transport layers (auth, request id, retry, timeout) and
 * idempotency keys: for code that wants `{ data } | { error }` and nothing else.
 */
export function createRawClient(options: OnrampClientOptions): RawClient {
  return createContext(options).raw;
}

export function createContext(options: OnrampClientOptions): ClientContext {
  if (!options || typeof options.baseUrl !== 'string' || options.baseUrl === '')
    throw new TypeError('createOnrampClient: `baseUrl` is required, e.g. http://localhost:4010/v1.');
  const source =
    typeof options.getToken === 'function'
      ? { getToken: options.getToken }
      : typeof options.token === 'string'
        ? { token: options.token }
        : undefined;
  if (!source) throw new TypeError('createOnrampClient: pass `token` or `getToken`.');
  const clock = options.clock ?? systemClock;
  const base: FetchLike = options.fetch ?? ((request) => globalThis.fetch(request));
  const transport = compose(
    base,
    requestHeaders({
      userAgent: options.userAgent ?? defaultUserAgent(),
      headers: options.headers,
      newRequestId: randomKey,
    }),
    ...(options.retry === false
      ? []
      : [
          retry(options.retry ?? {}, {
            clock,
            random: options.random ?? Math.random,
            logger: options.logger,
          }),
        ]),
    auth(source),
    timeout(options.timeoutMs ?? 30_000),
  );
  const raw = createClient<paths>({ baseUrl: options.baseUrl, fetch: transport });
  if (options.idempotencyKeys !== false) {
    raw.use(
      idempotencyKeys(typeof options.idempotencyKeys === 'function' ? options.idempotencyKeys : randomKey),
    );
  }
  return { raw, clock, logger: options.logger };
}
