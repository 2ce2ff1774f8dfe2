import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

// Offline by design (CI reaches npm only): no telemetry, no update or "what's new" checks.
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

/**
 * The stories import each component's registration module (`onramp-<name>.ts`, which calls
 * `customElements.define`) from source. @onramp/widgets declares `sideEffects` for its dist files
 * only, so a production build would drop those imports and render undefined elements: mark them.
 */
const keepWidgetRegistrations: Plugin = {
  name: 'onramp:keep-widget-registrations',
  transform(code, id) {
    if (/[\\/]packages[\\/]widgets[\\/]src[\\/][^\\/]+[\\/]onramp-[^\\/]+\.ts$/.test(id))
      return { code, map: null, moduleSideEffects: true };
    return undefined;
  },
};

/** Configuration only: the stories live beside their components in @onramp/widgets. */
const config: StorybookConfig = {
  stories: ['../../../packages/widgets/src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
  },
  docs: { defaultName: 'Docs' },
  async viteFinal(viteConfig) {
    return {
      ...viteConfig,
      plugins: [...(viteConfig.plugins ?? []), keepWidgetRegistrations],
      build: {
        ...viteConfig.build,
        target: 'es2022',
        // The whole mock server runs in the page: it is the story's backend, not a component's weight.
        chunkSizeWarningLimit: 2000,
      },
    };
  },
};

export default config;
