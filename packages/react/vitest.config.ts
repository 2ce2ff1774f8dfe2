import { browserProject, nodeProject, reporters } from '@onramp/devkit/vitest';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: reporters('react'),
    projects: [
      nodeProject({ include: ['src/**/*.test.ts'] }),
      browserProject({
        include: ['src/**/*.browser.test.tsx'],
        // What the tests load in the page, pre-bundled at start-up (decision 0014).
        optimizeDeps: [
          'react',
          'react-dom',
          'react-dom/client',
          'react/jsx-dev-runtime',
          '@lit/react',
          '@onramp/widgets > lit',
          '@onramp/widgets > lit/decorators.js',
          '@onramp/widgets > lit/directives/repeat.js',
          '@onramp/widgets > @onramp/sdk > openapi-fetch',
        ],
      }),
    ],
  },
});
