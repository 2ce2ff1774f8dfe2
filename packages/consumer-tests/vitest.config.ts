import { nodeProject, reporters } from '@onramp/devkit/vitest';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: reporters('consumer-tests'),
    // The two consumer files mostly wait on child processes (npm install through the registry, tsc,
    // vite): run them side by side even on 2 cores (Vitest's default there is one worker).
    maxWorkers: 2,
    projects: [
      nodeProject({ name: 'unit', include: ['src/**/*.test.ts'] }),
      {
        test: {
          name: 'consumer',
          environment: 'node',
          include: ['test/**/*.consumer.test.ts'],
          globalSetup: ['./test/global-setup.ts'],
          // Installs, builds and a browser on a busy 2-core runner: timeouts only catch hangs.
          testTimeout: 15 * 60_000,
          hookTimeout: 15 * 60_000,
        },
      },
    ],
  },
});
