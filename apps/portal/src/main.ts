import { indexedDbSnapshots, keepMockState, readSnapshot } from './mock-snapshot.js';
import { startPortal } from './portal.js';
import { readSettings } from './settings.js';

const root = document.querySelector<HTMLElement>('#app')!;
// The mock's base URL in this page: same origin, so the MSW service worker intercepts it.
const inPageBaseUrl = new URL('v1', new URL(import.meta.env.BASE_URL, location.origin)).href;

/**
 * Starts the mock in this page, with the world of the last visit: the MSW service worker, or the
 * same mock through an in-page fetch where a worker cannot start (`startMockInPage`).
 */
async function startMock(): Promise<{ fetch?: typeof fetch; withoutWorker?: boolean }> {
  const { createClock, createMockApp, startMockInPage } = await import('@onramp/mock-server/browser');
  // The world of the last visit (trials, mappings, users…), at the virtual time it was left.
  const snapshots = indexedDbSnapshots();
  const saved = await readSnapshot(snapshots);
  const app = createMockApp({
    scenario: saved?.scenario,
    clock: createClock({ speed: 60, ...(saved ? { start: saved.now } : {}) }),
  });
  if (saved) app.importState(saved);
  const kept = keepMockState(app, snapshots);
  // Leaving or reloading the page: what changed in the last moments is written too.
  addEventListener('pagehide', () => void kept.flush());
  const started = await startMockInPage({
    baseUrl: inPageBaseUrl,
    app,
    workerUrl: `${import.meta.env.BASE_URL}mockServiceWorker.js`,
  });
  return started.fetch ? { fetch: started.fetch, withoutWorker: true } : {};
}

// Only the in-browser mock needs starting; with another base URL the page talks to it directly.
const mock = readSettings(localStorage).backend === 'worker' ? await startMock() : {};
startPortal({ root, inPageBaseUrl, fetch: mock.fetch, mockWithoutWorker: mock.withoutWorker });
