import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

/** Vue's compiler must leave the Onramp tags alone: they are custom elements, not Vue components. */
export const vuePlugin = () =>
  vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('onramp-') } } });

export default defineConfig({
  plugins: [vuePlugin()],
  // The in-browser mock (MSW and the whole mock server) is one lazily loaded chunk: the demo's backend.
  build: { target: 'es2022', chunkSizeWarningLimit: 1000 },
});
