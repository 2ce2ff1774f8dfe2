import { fileURLToPath } from 'node:url';
import { browserProject, reporters } from '@onramp/devkit/vitest';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { defineConfig } from 'vitest/config';

// Offline: the plugin would otherwise report the test run to Storybook's telemetry.
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

const configDir = fileURLToPath(new URL('./.storybook', import.meta.url));
// The devkit's Chromium project (real /usr/bin/chromium or CHROME_PATH, launch flags, timeouts);
// the stories themselves are the tests, so the plugin supplies `include`.
const { include: _include, ...chromium } = browserProject({ name: 'storybook' }).test ?? {};

export default defineConfig({
  plugins: [storybookTest({ configDir })],
  test: {
    ...chromium,
    name: 'storybook',
    reporters: reporters('storybook'),
  },
});
