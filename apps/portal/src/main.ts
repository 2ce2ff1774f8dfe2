import { indexedDbSnapshots, keepMockState, readSnapshot } from './mock-snapshot.js';
import { startPortal } from './portal.js';
import { readSettings } from './settings.js';

const root = document.querySelector<HTMLElement>('#app')!;
// The mock's base URL in this page: same origin, so the MSW service worker intercepts it.
const inPageBaseUrl = new URL('v1', new URL(import.meta.env.BASE_URL, location.origin)).href;
const WORKER_START_TIMEOUT_MS = 4000;

/**
 * Starts the mock in this page: the MSW service worker (requests show in the network panel, as
 * against a real server). Where service workers are unavailable or do not start (an insecure
 * origin, some headless or private modes), the same mock answers through an in-page fetch instead.
 */
async function startMock(): Promise<{ fetch?: typeof fetch; withoutWorker?: boolean }> {
  const { createClock, createMockApp, createMockFetch, setupMockWorker } = await import(
    '@onramp/mock-server/browser'
  );
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
  try {
    if (!('serviceWorker' in navigator)) throw new Error('service workers are not available here');
    const { worker } = setupMockWorker({ baseUrl: inPageBaseUrl, app });
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
    console.warn('Onramp portal: answering from the in-page mock without the service worker:', error);
    return {
      fetch: createMockFetch({ baseUrl: inPageBaseUrl, app }),
      withoutWorker: true,
    };
  }
}

// Only the in-browser mock needs starting; with another base URL the page talks to it directly.
const mock = readSettings(localStorage).backend === 'worker' ? await startMock() : {};
startPortal({ root, inPageBaseUrl, fetch: mock.fetch, mockWithoutWorker: mock.withoutWorker });
