export { OnrampElement } from './base/onramp-element.js';
export {
  directionOf,
  LocalizeController,
  loadMessages,
  type MessageKey,
  type Messages,
  matchLocale,
  plural,
  type SupportedLocale,
  supportedLocales,
} from './i18n/index.js';
export { OnrampStatusBadge, type StatusTone, statusTones } from './status-badge/onramp-status-badge.js';
export { baseStyles, tokenStyles } from './styles/tokens.js';
