import type { ErrorResponse, paths } from '@onramp/contract';
import createClient, { type Client } from 'openapi-fetch';

/** The typed client every widget talks through: openapi-fetch over the contract's paths. */
export type ApiClient = Client<paths>;

/** What a host may hand a widget: the SDK's client (which exposes `raw`) or a raw openapi-fetch client. */
export type ClientLike = ApiClient | { raw: ApiClient };

export const toApiClient = (client: ClientLike): ApiClient => ('raw' in client ? client.raw : client);

/** For hosts that give a base URL and a token instead of a client. */
export function createApiClient(baseUrl: string, token: string): ApiClient {
  return createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${token}` } });
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
    return {
      problem: {
        status: response.status,
        reason: first?.reason,
        field: first?.field,
        message: first?.description ?? body.message ?? (response.statusText || `HTTP ${response.status}`),
        trackingId: body.trackingId,
      },
    };
  } catch (cause) {
    return {
      problem: { status: 0, network: true, message: cause instanceof Error ? cause.message : String(cause) },
    };
  }
}
