import { bearer, type TokenSource } from './auth.js';
import { discard, rememberRequest, where } from './request-info.js';
import { type RetryOptions, retryDelay, shouldRetry } from './retry.js';
import { send } from './timeout.js';
import type { Clock, FetchLike, Logger } from './types.js';

/** The client's options (a token source, validated already) and its clock. */
export interface TransportOptions extends TokenSource {
  fetch?: FetchLike | undefined;
  retry?: RetryOptions | false | undefined;
  timeoutMs?: number | undefined;
  clock: Clock;
  random?: (() => number) | undefined;
  logger?: Logger | undefined;
}

/**
 * The `fetch` openapi-fetch is given, so `raw` and the ergonomic layer behave the same (the
 * headers set once per logical request are openapi-fetch's: see client.ts and idempotency.ts).
 * For one logical request:
 * 1. per attempt, as `shouldRetry` and `retryDelay` decide (retry.ts): `Authorization` from the
 *    token source; after a 401 with `getToken`, once more with a refreshed token (a 401 means the
 *    server did nothing, so resending is safe for any method);
 * 2. per send: the timeout, and no answer → `ConnectionError` / `TimeoutError` (timeout.ts).
 */
export function transport(options: TransportOptions): FetchLike {
  const {
    fetch = (request: Request) => globalThis.fetch(request),
    timeoutMs = 30_000,
    clock,
    random = Math.random,
    logger,
  } = options;
  const {
    maxRetries = 2,
    onRetry,
    baseDelayMs = 500,
    maxDelayMs = 8_000,
    maxRetryAfterMs = 60_000,
  } = options.retry === false ? { maxRetries: 0 } : (options.retry ?? {});
  const policy = { baseDelayMs, maxDelayMs, maxRetryAfterMs, random };
  const attempt = async (request: Request) => {
    const spare = options.getToken && request.clone();
    request.headers.set('Authorization', await bearer(options, false));
    const response = await send(fetch, request, timeoutMs);
    if (response.status !== 401 || !spare) return response;
    await discard(response);
    spare.headers.set('Authorization', await bearer(options, true));
    return send(fetch, spare, timeoutMs);
  };
  return async (request) => {
    for (let retryIndex = 0; ; retryIndex++) {
      let response: Response | undefined;
      let error: unknown;
      try {
        // A clone per attempt: the original body stays unread for the next one.
        response = await attempt(request.clone());
      } catch (failure) {
        error = failure;
      }
      const delayMs =
        retryIndex < maxRetries && shouldRetry(request, response ? { response } : { error })
          ? retryDelay({ ...policy, retryIndex, response, now: clock.now() })
          : undefined;
      if (delayMs === undefined) {
        if (!response) throw error;
        rememberRequest(response, request);
        return response;
      }
      if (response) await discard(response);
      const { method, url } = request;
      const status = response?.status;
      logger?.debug(
        `onramp: retry ${retryIndex + 1}/${maxRetries} of ${where(request)} in ${delayMs} ms (${status ?? 'no answer'})`,
      );
      onRetry?.({ method, url, retry: retryIndex + 1, delayMs, status });
      await clock.sleep(delayMs, request.signal);
    }
  };
}
