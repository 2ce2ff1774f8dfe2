import { defineConfig } from 'vite';

// The production build the check serves: every script and stylesheet a file of its own ('self'),
// nothing inlined into index.html.
export default defineConfig({
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    // The in-page mock (the whole mock server) is most of the weight: the demo's backend.
    chunkSizeWarningLimit: 1200,
  },
});
