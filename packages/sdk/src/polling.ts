import { ProvisioningFailedError, WaitTimeoutError } from './errors.js';
import type { Clock, Logger } from './internal/types.js';

/** How long and how often a `…AndWait` call polls. */
export interface WaitOptions {
  /** Stops the wait (and the request in flight); the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Give up after this long, with a `WaitTimeoutError` (default 600 000: ten minutes). */
  timeoutMs?: number;
  /** The first pause between two reads (default 1 000); it doubles up to `maxIntervalMs`. */
  intervalMs?: number;
  /** The longest pause between two reads (default 15 000). */
  maxIntervalMs?: number;
}

/** What a read says about the wait: finished, failed for good, or not yet. */
export type PollVerdict = 'done' | 'failed' | 'pending';

export interface PollSpec<T> {
  /** One read of the resource. */
  read: (signal: AbortSignal | undefined) => Promise<T>;
  verdict: (value: T) => PollVerdict;
  /** Called after every read (e.g. to report a status change). */
  onRead?: (value: T) => void;
  /** Names the resource in errors: `customer Y2lz…`. */
  what: string;
  /** The first pause, when the server said one (`Retry-After` of a 202). */
  firstIntervalMs?: number | undefined;
  clock: Clock;
  logger?: Logger | undefined;
}

/**
 * Reads until the verdict is `done` (resolves with the last read) or `failed` (rejects with
 * `ProvisioningFailedError`), pausing with exponential backoff, until the signal aborts or the
 * timeout passes (`WaitTimeoutError`). Transient read failures are the transport's retries' job.
 */
export async function pollUntil<T>(spec: PollSpec<T>, options: WaitOptions = {}): Promise<T> {
  const { clock, signal } = { clock: spec.clock, signal: options.signal };
  const timeoutMs = options.timeoutMs ?? 600_000;
  const maxInterval = options.maxIntervalMs ?? 15_000;
  const deadline = clock.now() + timeoutMs;
  let interval = spec.firstIntervalMs ?? options.intervalMs ?? 1_000;
  let last: T | undefined;
  for (;;) {
    signal?.throwIfAborted();
    last = await spec.read(signal);
    spec.onRead?.(last);
    const verdict = spec.verdict(last);
    if (verdict === 'done') return last;
    if (verdict === 'failed') throw new ProvisioningFailedError(`The ${spec.what} failed.`, last);
    const remaining = deadline - clock.now();
    if (remaining <= 0) {
      throw new WaitTimeoutError(`Gave up waiting for the ${spec.what} after ${timeoutMs} ms.`, last);
    }
    const pause = Math.min(interval, remaining);
    spec.logger?.debug(`onramp: ${spec.what} not ready; next read in ${pause} ms`);
    await clock.sleep(pause, signal);
    interval = Math.min(Math.max(interval, options.intervalMs ?? 1_000) * 2, maxInterval);
  }
}
