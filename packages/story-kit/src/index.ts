// Everything a story needs, in one import: stories live beside their components in @onramp/widgets,
// which takes this package as a dev dependency; Storybook resolves from here.
export type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';

// Imported, then exported: Storybook's builder turns `storybook/test` imports into a global, and
// cannot do that to a re-export (`export … from`).
import { WAIT_MS } from '@onramp/devkit/waits';
import { expect, fn, userEvent, waitFor as waitForWithDefault } from 'storybook/test';

/**
 * Testing Library's `waitFor`, waiting as long as a loaded CI runner needs (its own default is
 * 1 s: a speed budget there, not a hang detector; decision 0013). A story may still pass its own.
 */
export const waitFor: typeof waitForWithDefault = (callback, options) =>
  waitForWithDefault(callback, { timeout: WAIT_MS, ...options });

export { WORLD } from '@onramp/mock-server';
export {
  DESIGN_DENSITIES,
  DESIGN_LOCALES,
  DESIGN_THEMES,
  DESIGN_WIDTHS,
  designPage,
  designPageParameters,
  playDesignPage,
} from './design-page.js';
export {
  ACTOR_TOKENS,
  type ActorToken,
  type ApiClient,
  DROPPED,
  expectOk,
  type LoadedWorld,
  type MockWorld,
  type MockWorldOptions,
  mockWorld,
  NEVER_ANSWERS,
  OUTAGE,
  worldOf,
} from './mock-world.js';
export { inside, shows, textOf, widgetIn } from './play.js';
export { renderWidget, schemeOf, type ThemeName } from './render.js';
export { walkSetupTo } from './setup-journey.js';
export { expect, fn, userEvent };
