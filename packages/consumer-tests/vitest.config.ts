import { nodeProject, reporters } from '@onramp/devkit/vitest';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: reporters('consumer-tests'),
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
