// @ts-check
// The two kinds of Vitest projects used across the repo. Every package's vitest.config.ts builds
// its projects from these, so reporters, timeouts and the browser launch live in one place.
import { playwright } from '@vitest/browser-playwright';
import { CHROMIUM_ARGS, findBrowser, missingBrowserMessage } from './browser.mjs';

/**
 * Every run also writes a JSON report; the root test command adds them up into one closing
 * `Tests: N passed, N failed` line (see test-totals.mjs).
 * @param {string} name
 * @returns {import('vitest/node').InlineConfig['reporters']}
 */
export function reporters(name) {
  return ['default', ['json', { outputFile: `reports/vitest-${name}.json` }]];
}

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
      // Property-based and over-HTTP suites run while Turborepo builds other packages on 2 cores:
      // the 5 s default flakes there. A hung test still fails, just later.
      testTimeout: 30_000,
      include: options.include ?? ['src/**/*.test.ts', 'test/**/*.test.ts'],
      exclude: options.exclude ?? ['**/*.browser.test.ts', '**/node_modules/**', '**/dist/**'],
    },
  };
}

/**
 * Tests that run in a real, headless Chromium through Playwright: components, accessibility.
 * @param {{ name?: string, include?: string[] }} [options]
 * @returns {import('vitest/config').TestProjectInlineConfiguration}
 */
export function browserProject(options = {}) {
  const found = findBrowser();
  if (!found) throw new Error(missingBrowserMessage());
  return {
    test: {
      name: options.name ?? 'browser',
      testTimeout: 30_000,
      include: options.include ?? ['src/**/*.browser.test.ts', 'test/**/*.browser.test.ts'],
      browser: {
        enabled: true,
        headless: true,
        screenshotFailures: false,
        provider: playwright({
          launchOptions: { executablePath: found.path, args: [...CHROMIUM_ARGS] },
        }),
        instances: [{ browser: 'chromium' }],
      },
    },
  };
}
