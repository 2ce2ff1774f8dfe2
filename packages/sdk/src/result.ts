import { OnrampError } from './errors.js';

/**
 * A call's outcome as a value: its `data`, or the typed error it would have thrown as `problem`.
 * Narrow on either (`if (problem)`, `if (problem instanceof RateLimitError)`).
 */
export type Result<T> = { data: T; problem?: undefined } | { data?: undefined; problem: OnrampError };

/**
 * The non-throwing form of any SDK call: `const { data, problem } = await settle(onramp.customers.get(id))`.
 * Every `OnrampError` (an HTTP failure, no answer, a failed or timed-out wait) becomes `problem`; the
 * caller's own abort (an `AbortError`) and anything else (a bug) still reject, since nobody waits
 * for a result the caller cancelled.
 */
export async function settle<T>(call: PromiseLike<T>): Promise<Result<T>> {
  try {
    return { data: await call };
  } catch (error) {
    if (error instanceof OnrampError) return { problem: error };
    throw error;
  }
}
