import { defineConfig } from 'vitest/config';
import { nodeProject, reporters } from './src/vitest.mjs';

export default defineConfig({
  test: { reporters: reporters('devkit'), projects: [nodeProject()] },
});
