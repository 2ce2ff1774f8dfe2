import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    target: 'es2022',
    // The in-browser mock (MSW and the whole mock server) is one lazily loaded chunk of about 870 kB:
    // a demo's backend, not the portal's own weight.
    chunkSizeWarningLimit: 1000,
  },
});
