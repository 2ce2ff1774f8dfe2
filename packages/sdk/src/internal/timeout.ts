import { ConnectionError, TimeoutError } from '../errors.js';
import { where } from './request-info.js';
import type { FetchLike } from './types.js';

/**
 * One send: the request gets `timeoutMs` (merged with the caller's signal; 0 for none), and a
 * failure without an answer becomes a `ConnectionError` or `TimeoutError`. The caller's own abort
 * stays what it is (an `AbortError`), so nothing retries it. `AbortSignal.any` needs Node ≥ 20.3 or a
 * browser from 2024 on (Chrome 116, Firefox 124, Safari 17.4), the SDK's floor.
 */
export async function send(fetch: FetchLike, request: Request, timeoutMs: number): Promise<Response> {
  const caller = request.signal;
  const timer = timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined;
  try {
    return await fetch(timer ? new Request(request, { signal: AbortSignal.any([caller, timer]) }) : request);
  } catch (error) {
    if (caller.aborted) throw caller.reason ?? error;
    const timedOut = timer?.aborted;
    // undici hides the useful part in `cause.code` (`ECONNREFUSED`); the whole error is the `cause`.
    const code = (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
    throw new (timedOut ? TimeoutError : ConnectionError)(
      `${timedOut ? `No answer within ${timeoutMs} ms` : `Connection failed${code ? ` (${code})` : ''}`} (${where(request)})`,
      { request: { method: request.method, url: request.url }, cause: error },
    );
  }
}
