import { fileURLToPath } from 'node:url';
import { browserProject, nodeProject, reporters } from '@onramp/devkit/vitest';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { defineConfig } from 'vitest/config';

// Offline: the plugin would otherwise report the test run to Storybook's telemetry.
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

const configDir = fileURLToPath(new URL('./.storybook', import.meta.url));
// The devkit's Chromium project (real /usr/bin/chromium or CHROME_PATH, launch flags, timeouts);
// the stories themselves are its tests, so the plugin supplies `include`.
const { include: _include, ...chromium } = browserProject({ name: 'storybook' }).test ?? {};

const withGroupOrder = (project: ReturnType<typeof nodeProject>, groupOrder: number) => ({
  ...project,
  test: { ...project.test, sequence: { groupOrder } },
});

export default defineConfig({
  test: {
    reporters: reporters('storybook'),
    projects: [
      // Every story: rendered in Chromium, its play function run, then axe (a11y `test: 'error'`).
      {
        extends: true,
        plugins: [storybookTest({ configDir })],
        test: { ...chromium, name: 'storybook', sequence: { groupOrder: 0 } },
      },
      // The static build: every component covered, Docs pages generated from the manifest. It runs
      // after the stories (groupOrder), so its own Chromium does not share the 2 cores with theirs.
      withGroupOrder(nodeProject({ name: 'static-build', include: ['test/**/*.test.ts'] }), 1),
    ],
  },
});
