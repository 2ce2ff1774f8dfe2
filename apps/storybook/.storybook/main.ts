import type { StorybookConfig } from '@storybook/web-components-vite';

// Offline by design (CI reaches npm only): no telemetry, no update or "what's new" checks.
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

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
