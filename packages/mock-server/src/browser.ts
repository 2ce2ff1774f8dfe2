import { setupWorker } from 'msw/browser';
import { createMockApp, type MockApp, type MockAppOptions } from './app/app.js';
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
