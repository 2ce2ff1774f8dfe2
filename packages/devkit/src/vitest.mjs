// @ts-check
// The two kinds of Vitest projects used across the repo. Every package's vitest.config.ts builds
// its projects from these, so reporters, timeouts and the browser launch live in one place.
import { playwright } from '@vitest/browser-playwright';
import { CHROMIUM_ARGS, findBrowser, missingBrowserMessage } from './browser.mjs';
import { TotalsReporter } from './totals-reporter.mjs';
import { BROWSER_CONNECT_MS, BROWSER_TEST_MS, HOOK_MS, NODE_TEST_MS, WAIT_MS } from './waits.mjs';

/**
 * Every run also writes a totals report (tests, plus every error that is not a test: see
 * totals-reporter.mjs); the root test command adds them up into the closing `Tests:` line.
 * @param {string} name
 * @returns {import('vitest/node').InlineConfig['reporters']}
 */
export function reporters(name) {
  return ['default', new TotalsReporter({ name, outputFile: `reports/totals-${name}.json` })];
}

/** Waits and timeouts every project shares (decision 0013: they detect hangs, they are not budgets). */
const patience = {
  hookTimeout: HOOK_MS,
  teardownTimeout: HOOK_MS,
  // `expect.poll` without its own timeout waits this long, not Vitest's 1 s.
  expect: { poll: { timeout: WAIT_MS, interval: 20 } },
};

/**
 * Tests that run in Node: pure rules, the mock server, the SDK.
 * @param {{ name?: string, include?: string[], exclude?: string[] }} [options]
 * @returns {import('vitest/config').TestProjectInlineConfiguration}
 */
export function nodeProject(options = {}) {
  return {
    test: {
      name: options.name ?? 'node',
      environment: 'node',
      testTimeout: NODE_TEST_MS,
      ...patience,
      include: options.include ?? ['src/**/*.test.ts', 'test/**/*.test.ts'],
      exclude: options.exclude ?? ['**/*.browser.test.ts', '**/node_modules/**', '**/dist/**'],
    },
  };
}

/**
 * Tests that run in a real, headless Chromium through Playwright: components, accessibility.
 *
 * `optimizeDeps` lists the packages the tests import in the page. Vite pre-bundles them when the
 * server starts instead of discovering them while the first page loads: on a busy runner the
 * discovery took 46 s, and a dependency found half-way makes Vite reload the page under a running
 * test. The connect timeout is sized for that runner too.
 * @param {{ name?: string, include?: string[], optimizeDeps?: string[] }} [options]
 * @returns {import('vitest/config').TestProjectInlineConfiguration}
 */
export function browserProject(options = {}) {
  const found = findBrowser();
  if (!found) throw new Error(missingBrowserMessage());
  return {
    optimizeDeps: { include: options.optimizeDeps ?? [] },
    test: {
      name: options.name ?? 'browser',
      testTimeout: BROWSER_TEST_MS,
      ...patience,
      include: options.include ?? ['src/**/*.browser.test.ts', 'test/**/*.browser.test.ts'],
      browser: {
        enabled: true,
        headless: true,
        screenshotFailures: false,
        connectTimeout: BROWSER_CONNECT_MS,
        provider: playwright({
          launchOptions: {
            executablePath: found.path,
            args: [...CHROMIUM_ARGS],
            timeout: BROWSER_CONNECT_MS,
          },
        }),
        instances: [{ browser: 'chromium' }],
      },
    },
  };
}
