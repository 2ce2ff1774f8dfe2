import { nodeProject, reporters } from '@onramp/devkit/vitest';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { reporters: reporters('csp-check'), projects: [nodeProject({ include: ['test/**/*.test.ts'] })] },
});
