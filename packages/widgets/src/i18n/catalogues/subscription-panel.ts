import { defineCatalogue } from '../catalogue.js';
import en from '../locales/en/subscription-panel.js';

/** The `subscription-panel` area's messages: English bundled, the other locales loaded on first use. */
export const subscriptionPanelCatalogue = defineCatalogue('subscription-panel', en, {
  ru: () => import('../locales/ru/subscription-panel.js'),
  ro: () => import('../locales/ro/subscription-panel.js'),
  he: () => import('../locales/he/subscription-panel.js'),
});
