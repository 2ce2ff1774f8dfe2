import { browserProject, reporters } from '@onramp/devkit/vitest';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: reporters('react-demo'),
    projects: [
      {
        ...browserProject({
          include: ['test/**/*.browser.test.tsx'],
          // What the tests load in the page, pre-bundled at start-up (decision 0014).
          optimizeDeps: [
            'react',
            'react-dom',
            'react-dom/client',
            'react/jsx-dev-runtime',
            'msw',
            '@onramp/widgets > lit',
            '@onramp/widgets > lit/decorators.js',
            '@onramp/widgets > lit/directives/repeat.js',
            '@onramp/sdk > openapi-fetch',
            '@onramp/react > @lit/react',
            '@onramp/mock-server > zod',
          ],
        }),
        plugins: [react()],
      },
    ],
  },
});
