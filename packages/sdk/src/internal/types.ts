/** The shape every transport layer shares: a request in, a response out (`fetch` without its overloads). */
export type FetchLike = (request: Request) => Promise<Response>;

/** One transport concern (auth, retry, timeout…), wrapping the next layer. */
export type FetchMiddleware = (next: FetchLike) => FetchLike;

/**
 * Time, injectable so tests of retries and polling assert delays instead of waiting for them
 * (STYLE habit 11: inject, don't patch globals).
 */
export interface Clock {
  now(): number;
  /** Resolves after `ms`; rejects with the signal's reason as soon as it aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** Lines about retries and polling, never with headers or tokens in them. */
export interface Logger {
  debug(message: string): void;
}
