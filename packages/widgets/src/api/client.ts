import type { Token } from '@onramp/contract';
import {
  type ClientContext,
  createClientContext,
  type OnrampClient,
  type OnrampError,
  settle,
} from '@onramp/sdk';

/**
 * The client a widget takes from its host (`client`), or makes from `base-url` + `token`: the SDK's.
 * Every call a widget makes is an SDK resource method, read in the SDK's result form (`settle`).
 */
export type { ClientContext, OnrampClient };

/**
 * The context of the client a widget makes for a quick start (`base-url` + `token`), on which it
 * makes only the resources it calls (so an app bundles only those, not all twelve of
 * `createOnrampClient`). No retries of its own: the
 * widgets have their rules for what a failure looks like to the user (a 429 waited out or retried
 * once, decisions/0047; a lost answer read back or resent under the same key, decisions/0056), and
 * a silent retry under them would hide what happened. A host that wants the SDK's retries passes
 * its own `client` (decisions/0050).
 */
export const quickStartContext = (baseUrl: string, token: Token): ClientContext =>
  createClientContext({ baseUrl, token, retry: false });

/** A failed call, as a widget shows it: the status, the contract's error body, and what to say. */
export interface ApiProblem {
  status: number;
  /** `errors[0].reason` (a DenialReason on 403, a validation or conflict code otherwise). */
  reason?: string;
  field?: string;
  message: string;
  trackingId?: string;
  /** No answer at all (offline, dropped): worth retrying. */
  network?: boolean;
  /** Every entry of the body's `errors` (a 400 may name several fields); `reason`/`field` are the first. */
  errors?: Array<{ reason?: string; field?: string }>;
  /** On a 429 or 503: whole seconds to wait, from the SDK's `retryAfterMs` (rounded up). */
  retryAfter?: number;
}

export type ApiResult<T> = { data: T; problem?: undefined } | { data?: undefined; problem: ApiProblem };

/** The SDK's typed error as a widget shows it. */
export function problemOf(error: OnrampError): ApiProblem {
  const { status, body, retryAfterMs } = error;
  const first = body?.errors[0];
  const problem: ApiProblem = {
    status: status ?? 0,
    reason: first?.reason,
    field: first?.field,
    message: first?.description || body?.message || error.message,
    trackingId: error.trackingId,
  };
  if (status === undefined) problem.network = true;
  if (body?.errors.length) problem.errors = body.errors.map(({ reason, field }) => ({ reason, field }));
  if (retryAfterMs !== undefined) problem.retryAfter = Math.ceil(retryAfterMs / 1000);
  return problem;
}

/**
 * One SDK call in the widgets' result form: its data, or its typed error as an `ApiProblem`. A
 * call the widget itself cancelled (an `AbortError`, e.g. a list load superseded by a newer one)
 * answers a `network` problem its caller ignores; anything else (a bug) still rejects.
 */
export async function call<T>(request: PromiseLike<T>): Promise<ApiResult<T>> {
  try {
    const { data, problem } = await settle(request);
    return problem ? { problem: problemOf(problem) } : { data: data as T };
  } catch (error) {
    if ((error as Error | undefined)?.name !== 'AbortError') throw error;
    return { problem: { status: 0, network: true, message: (error as Error).message } };
  }
}
