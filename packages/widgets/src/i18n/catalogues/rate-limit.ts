import { defineCatalogue } from '../catalogue.js';
import en from '../locales/en/rate-limit.js';

/** The `rate-limit` area's messages: English bundled, the other locales loaded on first use. */
export const rateLimitCatalogue = defineCatalogue('rate-limit', en, {
  ru: () => import('../locales/ru/rate-limit.js'),
  ro: () => import('../locales/ro/rate-limit.js'),
  he: () => import('../locales/he/rate-limit.js'),
});
