// @ts-check
// How long a test may wait for something to happen, in one place (decision 0013: a timeout
// detects a hang, it is not a speed budget). CI runs on a 2-core machine that may be ten times
// slower than a quiet one while Turborepo tests other packages beside it: a wait that takes 1 s
// alone can take 10 s there. Browser-safe: no Node imports, so browser-mode tests import it too.

/** Longest wait for one thing a page or widget will show (a render, an answer from the mock). */
export const WAIT_MS = 30_000;

/** Longest time one browser-mode or end-to-end test may take (several waits and steps). */
export const BROWSER_TEST_MS = 120_000;

/** Longest time one Node test may take (property-based and over-HTTP suites on a busy runner). */
export const NODE_TEST_MS = 60_000;

/** Longest time a `beforeAll`/`afterAll` may take (it may boot a server, a browser or a worker). */
export const HOOK_MS = 120_000;

/**
 * Longest time for a browser-mode session to connect (Vite's first dependency scan included). A
 * soak run at load average 30 saw a widgets session miss 600 s.
 */
export const BROWSER_CONNECT_MS = 900_000;

/**
 * Checks `condition` until it holds or `timeout` ms have passed; then fails with what it waited
 * for (and, if given, what the page showed). A deadline, not a number of tries: on a slow machine
 * each try takes longer, so counting tries would shorten the wait exactly when it is needed.
 * @param {() => unknown | Promise<unknown>} condition truthy when done
 * @param {{ what?: string, timeout?: number, interval?: number, before?: () => unknown, shown?: () => string }} [options]
 *   `before` runs ahead of each check (e.g. await a Lit element's `updateComplete`); `shown` adds
 *   what was on screen to the failure.
 */
export async function waitUntil(condition, options = {}) {
  const { what = 'condition', timeout = WAIT_MS, interval = 10, before, shown } = options;
  const deadline = Date.now() + timeout;
  for (;;) {
    if (before) await before();
    if (await condition()) return;
    if (Date.now() >= deadline) {
      const screen = shown ? `: ${shown()}` : '';
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${screen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
