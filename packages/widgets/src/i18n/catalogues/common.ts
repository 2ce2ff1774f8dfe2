import { defineCatalogue } from '../catalogue.js';
import en from '../locales/en/common.js';

/** The `common` area's messages: English bundled, the other locales loaded on first use. */
export const commonCatalogue = defineCatalogue('common', en, {
  ru: () => import('../locales/ru/common.js'),
  ro: () => import('../locales/ro/common.js'),
  he: () => import('../locales/he/common.js'),
});
