import { createMockApp, createMockFetch, type MockApp } from '@onramp/mock-server';

export const BASE_URL = 'http://onramp.test/v1';

/**
 * A `fetch` answered by the mock server's core in this page (no service worker, no network, the
 * same behaviour as the standalone server), injected into the widget's client rather than patched
 * onto the global `fetch`. It records the calls so tests can assert "submitted once".
 */
export function mockFetch(app: MockApp = createMockApp({ speed: 0 })) {
  const calls: Array<{ method: string; path: string }> = [];
  const answer = createMockFetch({ baseUrl: BASE_URL, app });
  const fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    calls.push({
      method: request.method,
      path: new URL(request.url).pathname.slice(new URL(BASE_URL).pathname.length),
    });
    return answer(request);
  };
  return { app, fetch, calls };
}
