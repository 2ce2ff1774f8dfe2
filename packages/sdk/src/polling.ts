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

/** A wait's options with the status callback that customers and setups share. */
export interface PollOptions<T extends { status?: string | undefined }> extends WaitOptions {
  /** Called with each status the resource reaches (the first read included). */
  onStatus?: ((status: NonNullable<T['status']>, value: T) => void) | undefined;
}

/**
 * Reads until the verdict is `done` (resolves with the last read) or `failed` (rejects with
 * `ProvisioningFailedError`), pausing with exponential backoff, until the signal aborts or the
 * timeout passes (`WaitTimeoutError`). Transient read failures are the transport's retries' job.
 * `first` is a value already in hand (a submission's answer) and how long the server asked to wait
 * before reading again (its `Retry-After`).
 */
export async function pollUntil<T extends { status?: string | undefined }>(
  ctx: { clock: Clock; logger?: Logger | undefined },
  /** Names the resource in errors: `customer Y2lz…`. */
  what: string,
  read: (signal: AbortSignal | undefined) => Promise<T>,
  verdict: (value: T) => PollVerdict,
  options: PollOptions<T> = {},
  first?: { value: T; pauseMs: number | undefined },
): Promise<T> {
  const { clock, logger } = ctx;
  const { signal, timeoutMs = 600_000, intervalMs = 1_000, maxIntervalMs = 15_000, onStatus } = options;
  const deadline = clock.now() + timeoutMs;
  let interval = intervalMs;
  let serverPause = first?.pauseMs;
  let value = first?.value;
  let lastStatus: string | undefined;
  for (;;) {
    if (!value) {
      signal?.throwIfAborted();
      value = await read(signal);
    }
    const { status } = value;
    if (status && status !== lastStatus) {
      lastStatus = status;
      onStatus?.(status as NonNullable<T['status']>, value);
    }
    const said = verdict(value);
    if (said === 'done') return value;
    if (said === 'failed') throw new ProvisioningFailedError(`The ${what} failed`, value);
    const remaining = deadline - clock.now();
    if (remaining <= 0) throw new WaitTimeoutError(`No outcome of the ${what} within ${timeoutMs} ms`, value);
    const pause = Math.min(serverPause ?? interval, remaining);
    logger?.debug(`onramp: ${what}: next read in ${pause} ms`);
    await clock.sleep(pause, signal);
    if (serverPause === undefined) interval = Math.min(interval * 2, maxIntervalMs);
    serverPause = value = undefined;
  }
}
