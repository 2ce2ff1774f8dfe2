import { bearerOf, type TokenSource } from './auth.js';
import { discard, requests, where } from './request-info.js';
import { isReplaySafe, type RetryOptions, retryDelay, shouldRetry } from './retry.js';
import { type Deliver, send } from './timeout.js';
import type { Clock, FetchLike, Logger } from './types.js';

/** The client's options (a token source, validated already) and its clock. */
export interface TransportOptions extends TokenSource {
  fetch?: FetchLike | undefined;
  retry?: RetryOptions | false | undefined;
  timeoutMs?: number | undefined;
  clock: Clock;
  random?: (() => number) | undefined;
  logger?: Logger | undefined;
  /** Sets the headers of a logical request once, before its first attempt (idempotency.ts). */
  stamp?: ((request: Request) => void) | undefined;
}

/**
 * The `fetch` openapi-fetch is given, so `raw` and the ergonomic layer behave the same. For one
 * logical request:
 * 0. once: `X-Request-Id` and, on the keyed POSTs, `Idempotency-Key` (`stamp`, idempotency.ts);
 * 1. per attempt, as `shouldRetry` and `retryDelay` decide (retry.ts): `Authorization` from the
 *    token source; after a 401 with `getToken`, once more with a refreshed token (a 401 means the
 *    server did nothing, so resending is safe for any method);
 * 2. per send: the timeout, and no answer → `ConnectionError` / `TimeoutError` (timeout.ts).
 */
export function transport(options: TransportOptions): FetchLike {
  const { fetch, timeoutMs = 30_000, clock, random = Math.random, logger, getToken, stamp } = options;
  const {
    maxRetries = 2,
    onRetry,
    baseDelayMs = 500,
    maxDelayMs = 8_000,
    maxRetryAfterMs = 60_000,
  } = options.retry === false ? { maxRetries: 0 } : (options.retry ?? {});
  const policy = { baseDelayMs, maxDelayMs, maxRetryAfterMs, random };
  // The global `fetch` is looked up per request (so MSW can intercept it) and takes the attempt's
  // signal as an init; an injected `fetch` gets a `Request` that carries it.
  const deliver: Deliver = fetch
    ? (request, signal) => fetch(signal ? new Request(request, { signal }) : request)
    : (request, signal) => globalThis.fetch(request, signal && { signal });
  // A fixed token is checked once, when first used; `getToken` is asked per attempt.
  let fixed: string | undefined;
  const authorization = async (refresh: boolean) => {
    if (getToken) return bearerOf(await getToken({ refresh }));
    fixed ??= bearerOf(options.token);
    return fixed;
  };
  return async (request) => {
    stamp?.(request);
    // A body is read by each send: cloned per send (the original stays unread) only when the
    // request may be sent again; no body, or no second send possible, costs no clone.
    const cloneBody =
      request.body !== null && (getToken !== undefined || (maxRetries > 0 && isReplaySafe(request)));
    for (let retryIndex = 0, refresh = false; ; ) {
      let response: Response | undefined;
      let error: unknown;
      try {
        const sent = cloneBody ? request.clone() : request;
        sent.headers.set('Authorization', await authorization(refresh));
        response = await send(deliver, sent, timeoutMs);
      } catch (failure) {
        error = failure;
      }
      // A 401 with `getToken`: sent once more at once with a refreshed token, which is no retry (a
      // 401 means the server did nothing, so resending is safe for any method).
      if (!refresh && getToken && response?.status === 401) {
        await discard(response);
        refresh = true;
        continue;
      }
      refresh = false;
      const delayMs =
        retryIndex < maxRetries && shouldRetry(request, response ? { response } : { error })
          ? retryDelay({ ...policy, retryIndex, response, now: clock.now() })
          : undefined;
      if (delayMs === undefined) {
        if (!response) throw error;
        requests.set(response, { method: request.method, url: request.url });
        return response;
      }
      if (response) await discard(response);
      const { method, url } = request;
      const status = response?.status;
      const retry = ++retryIndex;
      logger?.debug(
        `onramp: retry ${retry}/${maxRetries} of ${where(request)} in ${delayMs} ms (${status ?? 'no answer'})`,
      );
      onRetry?.({ method, url, retry, delayMs, status });
      await clock.sleep(delayMs, request.signal);
    }
  };
}
