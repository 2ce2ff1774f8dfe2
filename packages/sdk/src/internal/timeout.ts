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
    const init = { request: { method: request.method, url: request.url }, cause: error };
    if (timer?.aborted) throw new TimeoutError(`No answer within ${timeoutMs} ms (${where(request)}).`, init);
    // undici hides the useful part in `cause.code`: `fetch failed (ECONNREFUSED)`.
    const code = (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
    const detail =
      error instanceof Error ? `: ${error.message}${typeof code === 'string' ? ` (${code})` : ''}` : '';
    throw new ConnectionError(`Connection failed (${where(request)})${detail}.`, init);
  }
}
