import { browserProject, nodeProject, reporters } from '@onramp/devkit/vitest';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: reporters('react'),
    projects: [
      nodeProject({ include: ['src/**/*.test.ts'] }),
      browserProject({ include: ['src/**/*.browser.test.tsx'] }),
    ],
  },
});
