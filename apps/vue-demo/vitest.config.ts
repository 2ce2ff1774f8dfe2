import { browserProject, reporters } from '@onramp/devkit/vitest';
import { defineConfig } from 'vitest/config';
import { vuePlugin } from './vite.config.js';

export default defineConfig({
  test: {
    reporters: reporters('vue-demo'),
    projects: [
      {
        ...browserProject({
          include: ['test/**/*.browser.test.ts'],
          // What the tests load in the page, pre-bundled at start-up (decision 0014).
          optimizeDeps: [
            'vue',
            'msw',
            '@onramp/widgets > lit',
            '@onramp/widgets > lit/decorators.js',
            '@onramp/widgets > lit/directives/repeat.js',
            '@onramp/sdk > openapi-fetch',
            '@onramp/mock-server > zod',
          ],
        }),
        plugins: [vuePlugin()],
      },
    ],
  },
});
