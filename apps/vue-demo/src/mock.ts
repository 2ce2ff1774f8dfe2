/**
 * Starts the mock in this page: the MSW service worker (requests show in the network panel, as
 * against a real server), or, where a service worker cannot start, the same mock through an in-page
 * `fetch` (as the demo portal does).
 */
const WORKER_START_TIMEOUT_MS = 4000;

export async function startMock(baseUrl: string): Promise<{ fetch?: typeof fetch }> {
  const { createMockApp, createMockFetch, setupMockWorker } = await import('@onramp/mock-server/browser');
  const app = createMockApp();
  try {
    if (!('serviceWorker' in navigator)) throw new Error('service workers are not available here');
    const { worker } = setupMockWorker({ baseUrl, app });
    // Some headless or private modes never activate a worker: fall back rather than hang.
    await Promise.race([
      worker.start({
        serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
        onUnhandledRequest: 'bypass',
        quiet: true,
      }),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error('the service worker did not start')), WORKER_START_TIMEOUT_MS),
      ),
    ]);
    return {};
  } catch (error) {
    console.warn('Answering from the in-page mock without the service worker:', error);
    return { fetch: createMockFetch({ baseUrl, app }) };
  }
}
