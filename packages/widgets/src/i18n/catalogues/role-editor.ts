import { defineCatalogue } from '../catalogue.js';
import en from '../locales/en/role-editor.js';

/** The `role-editor` area's messages: English bundled, the other locales loaded on first use. */
export const roleEditorCatalogue = defineCatalogue('role-editor', en, {
  ru: () => import('../locales/ru/role-editor.js'),
  ro: () => import('../locales/ro/role-editor.js'),
  he: () => import('../locales/he/role-editor.js'),
});
