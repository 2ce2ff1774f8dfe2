export { LocalizeController } from './localize-controller.js';
export { type PluralForms, plural } from './plural.js';
export { directionOf, loadMessages, matchLocale } from './registry.js';
export {
  type MessageKey,
  type MessageParams,
  type Messages,
  type SupportedLocale,
  supportedLocales,
} from './types.js';
