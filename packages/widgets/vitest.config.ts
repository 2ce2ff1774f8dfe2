import { browserProject, nodeProject, reporters } from '@onramp/devkit/vitest';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: reporters('widgets'),
    projects: [
      nodeProject({ include: ['src/**/*.test.ts'] }),
      browserProject({
        // What the tests load in the page, pre-bundled at start-up (decision 0014).
        optimizeDeps: [
          'lit',
          'lit/decorators.js',
          'lit/directives/repeat.js',
          'openapi-fetch',
          'axe-core',
          'zod/mini',
        ],
      }),
    ],
  },
});
