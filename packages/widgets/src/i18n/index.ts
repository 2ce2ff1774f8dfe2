export { type Catalogue, defineCatalogue, type Translation } from './catalogue.js';
export { allCatalogues, loadMessages } from './catalogues/index.js';
export { type IsolatedText, LocalizeController } from './localize-controller.js';
export { type PluralForms, plural } from './plural.js';
export { directionOf, matchLocale } from './registry.js';
export {
  type MessageKey,
  type MessageParams,
  type Messages,
  type SupportedLocale,
  supportedLocales,
} from './types.js';
