import { ConnectionError, TimeoutError } from '../errors.js';
import { describeRequest, pathOf } from './compose.js';
import type { FetchMiddleware } from './types.js';

/** `AbortSignal.any` where it exists (Node ≥ 20.3, current browsers), a small stand-in elsewhere. */
function anySignal(signals: AbortSignal[]): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(signals);
  const controller = new AbortController();
  for (const signal of signals) {
    if (signal.aborted) {
      controller.abort(signal.reason);
      break;
    }
    signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}

/**
 * The innermost layer: each attempt gets `timeoutMs` (merged with the caller's signal), and a
 * failure without an answer becomes a `ConnectionError` or `TimeoutError`. The caller's own abort
 * stays what it is (an `AbortError`), so nothing retries it.
 */
export function timeout(timeoutMs: number | undefined): FetchMiddleware {
  return (next) => async (request) => {
    const caller = request.signal;
    const timer = timeoutMs && timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined;
    const attempt = timer ? new Request(request, { signal: anySignal([caller, timer]) }) : request;
    try {
      return await next(attempt);
    } catch (error) {
      if (caller.aborted) throw caller.reason ?? error;
      const info = describeRequest(request);
      if (timer?.aborted) {
        throw new TimeoutError(`No answer within ${timeoutMs} ms (${info.method} ${pathOf(info.url)}).`, {
          request: info,
          cause: error,
        });
      }
      const detail = error instanceof Error ? `: ${causeText(error)}` : '';
      throw new ConnectionError(`Connection failed (${info.method} ${pathOf(info.url)})${detail}.`, {
        request: info,
        cause: error,
      });
    }
  };
}

/** `fetch failed (ECONNREFUSED)`: undici hides the useful part in `cause.code`. */
function causeText(error: Error): string {
  const code = (error.cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? `${error.message} (${code})` : error.message;
}
