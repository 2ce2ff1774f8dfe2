import { browserProject, nodeProject, reporters } from '@onramp/devkit/vitest';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: reporters('portal'),
    projects: [
      nodeProject(),
      browserProject({
        // What the tests load in the page, pre-bundled at start-up (decision 0014).
        optimizeDeps: [
          'msw',
          'axe-core',
          '@onramp/widgets > lit',
          '@onramp/widgets > lit/decorators.js',
          '@onramp/widgets > lit/directives/repeat.js',
          '@onramp/sdk > openapi-fetch',
          '@onramp/mock-server > zod',
        ],
      }),
    ],
  },
});
