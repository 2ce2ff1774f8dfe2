import type { ApiProblem, ApiResult } from '@onramp/widgets';

/** What `GET /_mock/clock` and `POST /_mock/clock/advance` answer. */
export interface MockClock {
  now: string;
  epochMs: number;
}
export type RplDecision = 'approved' | 'denied';

/** The demo's shortcuts through time, in virtual milliseconds. */
export const CLOCK_STEPS = [
  { label: 'demo.plus5m', ms: 5 * 60_000 },
  { label: 'demo.plus1h', ms: 60 * 60_000 },
  { label: 'demo.plus72h', ms: 72 * 60 * 60_000 },
] as const;

/**
 * The mock's control API (`/_mock/...`, not in the contract; mock-server README), at the origin of
 * the API's base URL: where the MSW worker and the standalone mock both answer it. A real API has
 * no such thing: `clock()` failing there is how the portal knows to hide the demo controls.
 */
export function mockControl(baseUrl: string, fetcher: typeof fetch) {
  const url = (path: string) => new URL(`/_mock/${path}`, baseUrl).href;
  const send = <T>(path: string, body?: unknown) =>
    request<T>(fetcher, url(path), body === undefined ? undefined : JSON.stringify(body));
  return {
    clock: () => send<MockClock>('clock'),
    advance: (ms: number) => send<MockClock>('clock/advance', { ms }),
    decideRpl: (customerId: string, decision: RplDecision) =>
      send<{ id: string; status: string }>(`rpl/${encodeURIComponent(customerId)}`, { decision }),
    /** Back to the scenario's seed (`POST /_mock/reset`, 204). */
    reset: () => send<undefined>('reset', {}),
  };
}
export type MockControl = ReturnType<typeof mockControl>;

async function request<T>(fetcher: typeof fetch, url: string, body?: string): Promise<ApiResult<T>> {
  try {
    const response = await fetcher(url, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body,
    });
    const json = await response.json().catch(() => undefined);
    if (response.ok && (json !== undefined || response.status === 204)) return { data: json as T };
    return { problem: problemOf(response, json) };
  } catch (cause) {
    return {
      problem: { status: 0, network: true, message: cause instanceof Error ? cause.message : String(cause) },
    };
  }
}

function problemOf(response: Response, json: unknown): ApiProblem {
  const body = (json ?? {}) as { message?: string; errors?: { description?: string; reason?: string }[] };
  const first = body.errors?.[0];
  return {
    status: response.status,
    reason: first?.reason,
    message: first?.description ?? body.message ?? (response.statusText || `HTTP ${response.status}`),
  };
}
