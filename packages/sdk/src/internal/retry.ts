import { ConnectionError, parseRetryAfterHeader } from '../errors.js';

export interface RetryOptions {
  /** Retries after the first attempt (default 2, so at most 3 attempts); 0 turns retrying off. */
  maxRetries?: number;
  /** The backoff before the first retry is drawn from [0, baseDelayMs); it doubles each retry (default 500). */
  baseDelayMs?: number;
  /** The backoff never draws from more than this (default 8 000). */
  maxDelayMs?: number;
  /** A `Retry-After` longer than this is not waited for: the error is thrown instead (default 60 000). */
  maxRetryAfterMs?: number;
  /** Told about every retry before its delay (for logs and metrics; no headers in it). */
  onRetry?: (event: RetryEvent) => void;
}

export interface RetryEvent {
  method: string;
  url: string;
  /** 1 for the first retry. */
  retry: number;
  delayMs: number;
  /** The status that caused the retry, or `undefined` for a connection failure or timeout. */
  status: number | undefined;
}

/** What one attempt produced: an answer, or a failure before any answer. */
export type AttemptOutcome = { response: Response } | { error: unknown };

/** Whether replaying `request` cannot apply it twice on the server: an idempotent method (RFC 9110 §9.2.2) or a key. */
export function isReplaySafe(request: Request): boolean {
  return /^(GET|HEAD|PUT|DELETE|OPTIONS)$/i.test(request.method) || request.headers.has('idempotency-key');
}

/** Whether an attempt's outcome deserves another attempt. One rule per line, in order. */
export function shouldRetry(request: Request, outcome: AttemptOutcome): boolean {
  // The caller aborted: that is a decision, not a failure.
  if (request.signal.aborted) return false;
  // Never replay what the server might apply twice: a POST without an Idempotency-Key.
  if (!isReplaySafe(request)) return false;
  // No answer at all (refused, reset, response lost, attempt timed out): the request may not have arrived.
  if ('error' in outcome) return outcome.error instanceof ConnectionError;
  const { status } = outcome.response;
  // 408 Request Timeout: the server gave up waiting for the request; sending it again is the remedy.
  if (status === 408) return true;
  // 429 Too Many Requests: come back later; Retry-After says when.
  if (status === 429) return true;
  // 501 Not Implemented will not change by asking again.
  if (status === 501) return false;
  // Any other 5xx is the server's transient failure (500, 502, 503, 504).
  if (status >= 500) return true;
  // Everything else (2xx, 3xx, other 4xx) is the answer.
  return false;
}

export interface RetryDelayInput {
  /** 0 before the first retry. */
  retryIndex: number;
  response: Response | undefined;
  baseDelayMs: number;
  maxDelayMs: number;
  maxRetryAfterMs: number;
  random: () => number;
  now: number;
}

/**
 * How long to wait before the next attempt, or `undefined` to give up. The server's `Retry-After`
 * wins (seconds or an HTTP date); otherwise exponential backoff with full jitter (a uniform draw
 * in [0, min(max, base·2^n)), so clients that failed together do not come back together).
 */
export function retryDelay(input: RetryDelayInput): number | undefined {
  const { response, maxRetryAfterMs, maxDelayMs, baseDelayMs, retryIndex, random, now } = input;
  const retryAfter = parseRetryAfterHeader(response?.headers.get('retry-after'), now);
  if (retryAfter !== undefined) return retryAfter <= maxRetryAfterMs ? retryAfter : undefined;
  return Math.floor(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** retryIndex));
}
