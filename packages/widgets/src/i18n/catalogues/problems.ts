import { defineCatalogue } from '../catalogue.js';
import en from '../locales/en/problems.js';

/** The `problems` area's messages: English bundled, the other locales loaded on first use. */
export const problemsCatalogue = defineCatalogue('problems', en, {
  ru: () => import('../locales/ru/problems.js'),
  ro: () => import('../locales/ro/problems.js'),
  he: () => import('../locales/he/problems.js'),
});
