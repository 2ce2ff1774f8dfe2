// Test helpers for the portal in Vitest's browser mode: boot it on an in-page mock, wait, read, click.
import { WAIT_MS, waitUntil } from '@onramp/devkit/waits';
import { createMockApp, createMockFetch } from '@onramp/mock-server';
import { type Portal, startPortal } from '../src/portal.js';
import { memoryHistory } from '../src/route.js';

export const BASE_URL = 'http://localhost:5173/v1';

export function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

let mounted: HTMLElement | undefined;

/** Removes the last portal and puts the document back to English, left to right. */
export function unmount() {
  mounted?.remove();
  document.documentElement.lang = 'en';
  document.documentElement.dir = 'ltr';
}

/**
 * Starts the portal on a fresh mock. Vitest's page cannot host the MSW service worker (what
 * `npm start` uses): the mock answers through `createMockFetch` (the same core and handlers).
 * `speed: 0` freezes the mock's clock, so only the demo controls move time; `wrapFetch` stands
 * between the portal and the mock (e.g. to play a backend without the control API).
 */
export function boot(
  options: {
    speed?: number;
    wrapFetch?: (mock: typeof fetch) => typeof fetch;
    /** The address bar; a fresh one at the start page by default (never the test runner's own). */
    history?: ReturnType<typeof memoryHistory>;
    app?: ReturnType<typeof createMockApp>;
  } = {},
) {
  const root = document.createElement('div');
  mounted = root;
  document.body.append(root);
  const app = options.app ?? createMockApp(options.speed === undefined ? {} : { speed: options.speed });
  const history = options.history ?? memoryHistory();
  const storage = memoryStorage();
  const portal: Portal = startPortal({
    root,
    inPageBaseUrl: BASE_URL,
    fetch: (options.wrapFetch ?? ((mock) => mock))(createMockFetch({ baseUrl: BASE_URL, app })),
    storage,
    watchPollMs: 20,
    onBackendChange: () => {},
    history,
  });
  return { root, portal, storage, app, history };
}

/** Room for a loaded 2-core runner (decisions/0013), not a speed budget. */
export { WAIT_MS };

export function until(condition: () => unknown, what: string, timeoutMs = WAIT_MS) {
  return waitUntil(condition, {
    what,
    timeout: timeoutMs,
    shown: () => mounted?.textContent?.replace(/\s+/g, ' ').slice(0, 800) ?? '',
  });
}

export const text = (element: Node | null | undefined) =>
  element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

export function navTo(root: HTMLElement, label: string) {
  const link = [...root.querySelectorAll<HTMLAnchorElement>('nav a')].find((a) => text(a) === label);
  if (!link) throw new Error(`no nav entry ${label}`);
  link.click();
}

/** The button whose text is `label` in `scope` (a shadow root or an element). */
export function buttonIn(scope: ParentNode | null | undefined, label: string) {
  const button = [...(scope?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find(
    (b) => text(b) === label,
  );
  if (!button) throw new Error(`no button ${label}`);
  return button;
}

export function choose(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

/** Types into an input inside a widget's shadow root, as a user does (an input event). */
export function typeInto(host: Element, id: string, value: string) {
  const input = host.shadowRoot?.querySelector<HTMLInputElement>(`#${id}`);
  if (!input) throw new Error(`no input #${id}`);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

export const connectedAs = (root: HTMLElement, orgName: string) =>
  until(() => text(root.querySelector('#org-name')) === orgName, `signed in at ${orgName}`);

/** The statuses the onboarding screen's history lists, oldest first. */
export const history = (root: HTMLElement) =>
  [...root.querySelectorAll<HTMLElement>('#status-history li')].map((li) => li.dataset.status);
