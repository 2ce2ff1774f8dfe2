import { setCustomElementsManifest } from '@storybook/web-components';
import type { Preview } from '@storybook/web-components-vite';
import { configure } from 'storybook/test';
// Built by the widgets' build (cem analyze): properties, attributes, events, slots, CSS parts and
// custom properties of every component, for the Docs pages and the controls.
import manifest from '../../../packages/widgets/custom-elements.json';
import { globalTypes, initialGlobals, withToolbars } from '../src/toolbars.js';

setCustomElementsManifest(manifest);

// Widgets answer from the in-page mock and load other languages lazily; on a busy 2-core CI runner
// that can take seconds, so `waitFor`/`findBy*` wait up to 10 s (a hung state still fails the story).
configure({ asyncUtilTimeout: 10_000 });

/**
 * Rules about the whole page rather than a component (the page is Storybook's iframe, which a
 * partner's portal replaces): the same list as the widgets' own axe helper (packages/widgets/test/axe.ts).
 */
const pageLevelRules = [
  'page-has-heading-one',
  'landmark-one-main',
  'region',
  'document-title',
  'html-has-lang',
];

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes,
  initialGlobals,
  decorators: [withToolbars],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    docs: { toc: true },
    a11y: {
      // Every story is checked; a violation fails its test (Vitest) and shows in the panel.
      test: 'error',
      config: { rules: pageLevelRules.map((id) => ({ id, enabled: false })) },
      options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    },
  },
};

export default preview;
