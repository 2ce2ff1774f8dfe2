import { setupWorker } from 'msw/browser';
import { createMockApp, type MockApp, type MockAppOptions } from './core/app.js';
import { createHandlers } from './msw/handlers.js';

export * from './index.js';

/** MSW in the browser (portal, Storybook): `await setupMockWorker().worker.start()`. */
export function setupMockWorker(options: MockAppOptions & { baseUrl?: string; app?: MockApp } = {}) {
  const app = options.app ?? createMockApp(options);
  const worker = setupWorker(
    ...createHandlers({ baseUrl: options.baseUrl ?? 'http://localhost:4010/v1', app }),
  );
  return { worker, app };
}
