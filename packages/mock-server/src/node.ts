import { setupServer } from 'msw/node';
import { createMockApp, type MockApp, type MockAppOptions } from './app/app.js';
import { createHandlers } from './msw/handlers.js';

export * from './index.js';
export { type MockServerOptions, type RunningMockServer, startMockServer } from './node/server.js';

/** MSW in Node tests: `const { server, app } = setupMockServer(); server.listen()`. */
export function setupMockServer(options: MockAppOptions & { baseUrl?: string; app?: MockApp } = {}) {
  const app = options.app ?? createMockApp(options);
  const server = setupServer(
    ...createHandlers({ baseUrl: options.baseUrl ?? 'http://localhost:4010/v1', app }),
  );
  return { server, app };
}
