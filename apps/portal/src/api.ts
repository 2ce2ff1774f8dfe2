import type { ErrorResponse } from '@onramp/contract';

/** A failed call as the portal shows it. */
export interface Problem {
  status: number;
  reason?: string;
  message: string;
}

export type Result<T> = { data: T; problem?: undefined } | { data?: undefined; problem: Problem };

/** Runs one raw (openapi-fetch) call of the SDK and folds every way it can fail into a Problem. */
export async function call<T>(
  request: () => Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<Result<T>> {
  try {
    const { data, error, response } = await request();
    if (response.ok && data !== undefined) return { data };
    const body = (error ?? {}) as Partial<ErrorResponse>;
    const first = body.errors?.[0];
    return {
      problem: {
        status: response.status,
        reason: first?.reason,
        message: first?.description ?? body.message ?? (response.statusText || `HTTP ${response.status}`),
      },
    };
  } catch (cause) {
    return { problem: { status: 0, message: cause instanceof Error ? cause.message : String(cause) } };
  }
}

/** One line for a problem: what the server said, and the reason code where it gave one. */
export function describeProblem(problem: Problem): string {
  if (problem.status === 0) return `No answer from the server (${problem.message}).`;
  const reason = problem.reason ? ` (${problem.reason})` : '';
  return `${problem.status}: ${problem.message}${reason}`;
}
