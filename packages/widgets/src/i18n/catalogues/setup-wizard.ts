import { defineCatalogue } from '../catalogue.js';
import en from '../locales/en/setup-wizard.js';

/** The `setup-wizard` area's messages: English bundled, the other locales loaded on first use. */
export const setupWizardCatalogue = defineCatalogue('setup-wizard', en, {
  ru: () => import('../locales/ru/setup-wizard.js'),
  ro: () => import('../locales/ro/setup-wizard.js'),
  he: () => import('../locales/he/setup-wizard.js'),
});
