import { defineCatalogue } from '../catalogue.js';
import en from '../locales/en/products.js';

/** The `products` area's messages: English bundled, the other locales loaded on first use. */
export const productsCatalogue = defineCatalogue('products', en, {
  ru: () => import('../locales/ru/products.js'),
  ro: () => import('../locales/ro/products.js'),
  he: () => import('../locales/he/products.js'),
});
