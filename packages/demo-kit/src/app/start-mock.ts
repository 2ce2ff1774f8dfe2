/** Where a demo's widgets send their requests, and the `fetch` to hand the client when it is set. */
export interface DemoBackend {
  /** The API's base URL beside the page (`<base>v1`). */
  baseUrl: string;
  /** Set when the service worker did not start: the same mock in the page (`startMockInPage`). */
  fetch?: typeof globalThis.fetch;
}

/**
 * Starts the in-browser mock for a demo served at `base` (Vite's `import.meta.env.BASE_URL`): the MSW
 * service worker the demo serves from its `public/` folder, or the same mock through an in-page
 * `fetch` where a worker cannot start. Loaded on demand, so the app's own code comes first.
 */
export async function startDemoMock(base: string): Promise<DemoBackend> {
  const baseUrl = new URL('v1', new URL(base, location.origin)).href;
  const { startMockInPage } = await import('@onramp/mock-server/browser');
  const { fetch } = await startMockInPage({ baseUrl, workerUrl: `${base}mockServiceWorker.js` });
  return { baseUrl, fetch };
}
