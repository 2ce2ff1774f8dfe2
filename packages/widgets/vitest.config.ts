import { browserProject, nodeProject, reporters } from '@onramp/devkit/vitest';
import { defineConfig } from 'vitest/config';

const node = nodeProject({ include: ['src/**/*.test.ts'] });

export default defineConfig({
  test: {
    reporters: reporters('widgets'),
    projects: [
      {
        ...node,
        // The type tests of the public API (src/**/*.test-d.ts) run too.
        test: {
          ...node.test,
          typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
      browserProject({
        // What the tests load in the page, pre-bundled at start-up (decision 0014).
        optimizeDeps: [
          'lit',
          'lit/decorators.js',
          'lit/directives/repeat.js',
          '@onramp/sdk > openapi-fetch',
          'axe-core',
          'zod/mini',
        ],
      }),
    ],
  },
});
