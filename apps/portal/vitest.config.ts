import { browserProject, nodeProject, reporters } from '@onramp/devkit/vitest';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { reporters: reporters('portal'), projects: [nodeProject(), browserProject()] },
});
