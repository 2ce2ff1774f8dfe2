import { browserProject, reporters } from '@onramp/devkit/vitest';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: reporters('react-demo'),
    projects: [{ ...browserProject({ include: ['test/**/*.browser.test.tsx'] }), plugins: [react()] }],
  },
});
