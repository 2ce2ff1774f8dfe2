import type { ErrorResponse, paths, Token } from '@onramp/contract';
import createClient, { type Client } from 'openapi-fetch';

/** The typed client every widget talks through: openapi-fetch over the contract's paths. */
export type ApiClient = Client<paths>;

/** What a host may hand a widget: the SDK's client (which exposes `raw`) or a raw openapi-fetch client. */
export type ClientLike = ApiClient | { raw: ApiClient };

export const toApiClient = (client: ClientLike): ApiClient => ('raw' in client ? client.raw : client);

/**
 * For hosts that give a base URL and a `token` instead of a client: the same `Token` as the SDK's
 * option, a string or a function (sync or async) asked before each request.
 */
export function createApiClient(baseUrl: string, token: Token, fetch?: typeof globalThis.fetch): ApiClient {
  if (typeof token === 'string')
    return createClient<paths>({ baseUrl, fetch, headers: { Authorization: `Bearer ${token}` } });
  const client = createClient<paths>({ baseUrl, fetch });
  client.use({
    async onRequest({ request }) {
      request.headers.set('Authorization', `Bearer ${await token({ refresh: false })}`);
      return request;
    },
  });
  return client;
}

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
  /** On a 429 or 503: the seconds the server asks to wait (`Retry-After`, as seconds or an HTTP date). */
  retryAfter?: number;
}

/**
 * `Retry-After` as whole seconds from `now` (rounded up; a date in the past is 0), or undefined when
 * absent or unreadable. RFC 9110 §10.2.3: delay-seconds or an HTTP date.
 */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  // An HTTP date names its day and month; V8's lenient Date.parse would also take "-5" or "1.5".
  if (!/[a-z]{3}/i.test(value)) return undefined;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

export type ApiResult<T> = { data: T; problem?: undefined } | { data?: undefined; problem: ApiProblem };

/** Runs one openapi-fetch call and folds every way it can fail into an ApiProblem. */
export async function call<T>(
  request: () => Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<ApiResult<T>> {
  try {
    const { data, error, response } = await request();
    if (response.ok && data !== undefined) return { data };
    const body = (error ?? {}) as Partial<ErrorResponse>;
    const first = body.errors?.[0];
    const problem: ApiProblem = {
      status: response.status,
      reason: first?.reason,
      field: first?.field,
      message: first?.description ?? body.message ?? (response.statusText || `HTTP ${response.status}`),
      trackingId: body.trackingId,
    };
    if (body.errors?.length) problem.errors = body.errors.map(({ reason, field }) => ({ reason, field }));
    const retryAfter = retryAfterSeconds(response.headers.get('Retry-After'));
    if (retryAfter !== undefined) problem.retryAfter = retryAfter;
    return { problem };
  } catch (cause) {
    return {
      problem: { status: 0, network: true, message: cause instanceof Error ? cause.message : String(cause) },
    };
  }
}
