import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // The in-browser mock (MSW and the whole mock server) is one lazily loaded chunk: the demo's backend.
  build: { target: 'es2022', chunkSizeWarningLimit: 1000 },
});
