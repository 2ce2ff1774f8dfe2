import { ConnectionError, TimeoutError } from '../errors.js';
import { where } from './request-info.js';

/** How one attempt leaves the SDK: the request, and the signal to send it with (`undefined`: its own). */
export type Deliver = (request: Request, signal: AbortSignal | undefined) => Promise<Response>;

/**
 * One send: the request gets `timeoutMs` (merged with the caller's signal; 0 for none), and a
 * failure without an answer becomes a `ConnectionError` or `TimeoutError`. The caller's own abort
 * stays what it is (an `AbortError`), so nothing retries it.
 *
 * The deadline is a signal that aborts with the caller's reason, or with a `TimeoutError` after
 * `timeoutMs`: what `AbortSignal.any([caller, AbortSignal.timeout(ms)])` gives, for a fraction of its
 * cost per call (one controller, one listener, one timer, all released as soon as the attempt is
 * over, instead of living for `ms` after every call). It bounds reading the body too; the timer is
 * unref'd, so it never keeps Node running.
 */
export async function send(deliver: Deliver, request: Request, timeoutMs: number): Promise<Response> {
  const caller = request.signal;
  const deadline = timeoutMs > 0 ? new AbortController() : undefined;
  const follow = () => deadline?.abort(caller.reason);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    clearTimeout(timer);
    caller.removeEventListener('abort', follow);
  };
  if (deadline) {
    if (caller.aborted) follow();
    else caller.addEventListener('abort', follow, { once: true });
    timer = setTimeout(() => {
      caller.removeEventListener('abort', follow);
      deadline.abort(new DOMException(`No answer within ${timeoutMs} ms`, 'TimeoutError'));
    }, timeoutMs);
    (timer as { unref?: () => void }).unref?.();
  }
  try {
    // Already cancelled (before the call, or during a backoff): nothing is sent.
    caller.throwIfAborted();
    const response = await deliver(request, deadline?.signal);
    if (deadline) {
      // The deadline stops once `text()` or `json()` (what openapi-fetch reads with) settles. A body
      // read otherwise (a stream, a blob) keeps it until it expires.
      const { text, json } = response;
      response.text = () => text.call(response).finally(stop);
      response.json = () => json.call(response).finally(stop);
    }
    return response;
  } catch (error) {
    stop();
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
