import { nodeProject, reporters } from '@onramp/devkit/vitest';
import { defineConfig } from 'vitest/config';

const node = nodeProject();

export default defineConfig({
  test: {
    reporters: reporters('sdk'),
    globalSetup: ['test/global-setup.ts'],
    projects: [
      {
        ...node,
        test: {
          ...node.test,
          // The type tests (*.test-d.ts) run too: a wrong path, param or body must stay a compile error.
          typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
    ],
  },
});
