import { browserProject, reporters } from '@onramp/devkit/vitest';
import { defineConfig } from 'vitest/config';
import { vuePlugin } from './vite.config.js';

export default defineConfig({
  test: {
    reporters: reporters('vue-demo'),
    projects: [{ ...browserProject({ include: ['test/**/*.browser.test.ts'] }), plugins: [vuePlugin()] }],
  },
});
