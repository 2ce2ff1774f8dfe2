import { ConnectionError, TimeoutError } from '../errors.js';
import { where } from './request-info.js';

/** How one attempt leaves the SDK: the request, and the signal to send it with (`undefined`: its own). */
export type Deliver = (request: Request, signal: AbortSignal | undefined) => Promise<Response>;

/**
 * One send: the request gets `timeoutMs` (merged with the caller's signal; 0 for none), and a
 * failure without an answer becomes a `ConnectionError` or `TimeoutError`. The caller's own abort
 * stays what it is (an `AbortError`), so nothing retries it.
 */
export async function send(deliver: Deliver, request: Request, timeoutMs: number): Promise<Response> {
  const caller = request.signal;
  const deadline = timeoutMs > 0 ? withDeadline(caller, timeoutMs) : undefined;
  try {
    // Already cancelled (before the call, or during a backoff): nothing is sent.
    caller.throwIfAborted();
    const response = await deliver(request, deadline?.signal);
    if (deadline) deadline.until(response);
    return response;
  } catch (error) {
    deadline?.stop();
    if (caller.aborted) throw caller.reason ?? error;
    const timedOut = deadline?.signal.aborted;
    // undici hides the useful part in `cause.code` (`ECONNREFUSED`); the whole error is the `cause`.
    const code = (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
    throw new (timedOut ? TimeoutError : ConnectionError)(
      `${timedOut ? `No answer within ${timeoutMs} ms` : `Connection failed${code ? ` (${code})` : ''}`} (${where(request)})`,
      { request: { method: request.method, url: request.url }, cause: error },
    );
  }
}

/**
 * A signal that aborts with the caller's reason, or with a `TimeoutError` after `ms`: what
 * `AbortSignal.any([caller, AbortSignal.timeout(ms)])` gives, for a fraction of its cost per call
 * (one controller, one listener, one timer, all released as soon as the attempt is over, instead of
 * living for `ms` after every call). It bounds reading the body too; the timer is unref'd, so it
 * never keeps Node running.
 */
function withDeadline(caller: AbortSignal, ms: number) {
  const controller = new AbortController();
  const follow = () => controller.abort(caller.reason);
  if (caller.aborted) follow();
  else caller.addEventListener('abort', follow, { once: true });
  const timer = setTimeout(() => {
    caller.removeEventListener('abort', follow);
    controller.abort(new DOMException(`No answer within ${ms} ms`, 'TimeoutError'));
  }, ms);
  (timer as { unref?: () => void }).unref?.();
  const stop = () => {
    clearTimeout(timer);
    caller.removeEventListener('abort', follow);
  };
  return {
    signal: controller.signal,
    stop,
    /**
     * Keeps the deadline over reading the body: stopped once `text()` or `json()` (what openapi-fetch
     * reads with) settles. A body read otherwise (a stream, a blob) keeps it until it expires.
     */
    until(response: Response) {
      const { text, json } = response;
      response.text = () => text.call(response).finally(stop);
      response.json = () => json.call(response).finally(stop);
    },
  };
}
