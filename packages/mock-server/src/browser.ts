import { setupWorker } from 'msw/browser';
import { createMockApp, type MockApp, type MockAppOptions } from './app/app.js';
import { createMockFetch } from './fetch/fetch-adapter.js';
import { createHandlers } from './msw/handlers.js';
import { explainWorkerFailure } from './worker/explain.js';

export * from './index.js';
export { INIT_WORKER_STEP, MockWorkerMissingError } from './worker/explain.js';

/**
 * MSW in the browser (portal, Storybook): `await setupMockWorker().worker.start()`. The page's
 * server must serve MSW's worker script (`npx onramp-mock init-worker public`, once); when it does
 * not, `start()` rejects with a MockWorkerMissingError that says so, instead of MSW's message about
 * a MIME type or a failed registration.
 */
export function setupMockWorker(options: MockAppOptions & { baseUrl?: string; app?: MockApp } = {}) {
  const app = options.app ?? createMockApp(options);
  const worker = setupWorker(
    ...createHandlers({ baseUrl: options.baseUrl ?? 'http://localhost:4010/v1', app }),
  );
  const start = worker.start.bind(worker);
  worker.start = async (startOptions) => {
    try {
      return await start(startOptions);
    } catch (error) {
      const url = new URL(startOptions?.serviceWorker?.url ?? '/mockServiceWorker.js', location.href);
      throw await explainWorkerFailure(error, url.href);
    }
  };
  return { worker, app };
}

/** A hang guard: some headless or private modes never activate a worker. */
const WORKER_START_TIMEOUT_MS = 4000;

export interface StartMockInPageOptions extends MockAppOptions {
  /** Where the page calls the API, e.g. `new URL('v1', location.href).href` (same origin). */
  baseUrl: string;
  /** The app that answers (default: a new one from the other options). */
  app?: MockApp;
  /** Where the page serves MSW's worker script (default `/mockServiceWorker.js`). */
  workerUrl?: string;
}

export interface MockInPage {
  app: MockApp;
  /**
   * Set when the service worker did not start: the same mock as an in-page `fetch`, to hand to
   * the client instead. Absent when the worker answers (requests show in the network panel).
   */
  fetch?: typeof fetch;
  /** Why the worker did not start, when it did not. */
  workerError?: unknown;
}

/**
 * The mock in this page, the way the portal and the demos start it: the MSW service worker, or,
 * where service workers are unavailable or do not start (an insecure origin, some headless or
 * private modes), the same app through an in-page `fetch`, with a console warning saying why.
 */
export async function startMockInPage(options: StartMockInPageOptions): Promise<MockInPage> {
  const app = options.app ?? createMockApp(options);
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    if (!('serviceWorker' in navigator)) throw new Error('service workers are not available here');
    const { worker } = setupMockWorker({ baseUrl: options.baseUrl, app });
    await Promise.race([
      worker.start({
        serviceWorker: { url: options.workerUrl ?? '/mockServiceWorker.js' },
        onUnhandledRequest: 'bypass',
        quiet: true,
      }),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error('the service worker did not start')),
          WORKER_START_TIMEOUT_MS,
        );
      }),
    ]);
    return { app };
  } catch (error) {
    console.warn('Onramp: answering from the in-page mock without the service worker:', error);
    return { app, fetch: createMockFetch({ baseUrl: options.baseUrl, app }), workerError: error };
  } finally {
    clearTimeout(timer);
  }
}
