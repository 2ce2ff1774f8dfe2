// A failed SDK call as the widgets show it (hosts that render the same problems reuse it).
export { type ApiProblem, type ApiResult, call, problemOf } from './api/client.js';
export { type Density, OnrampElement, type Theme } from './base/onramp-element.js';
export { OnrampCustomerOnboarding } from './customer-onboarding/onramp-customer-onboarding.js';
export { OnrampCustomerAcceptedEvent } from './events/customer-accepted.js';
export { OnrampRoleChangeEvent } from './events/role-change.js';
export { OnrampLicenseChangeEvent } from './events/role-license-change.js';
export { OnrampSetupCloseEvent } from './events/setup-close.js';
export { OnrampSetupCompleteEvent } from './events/setup-complete.js';
export { OnrampSetupRequestedEvent } from './events/setup-requested.js';
export { OnrampSetupStepChangeEvent } from './events/setup-step-change.js';
export { OnrampSetupSubmitEvent } from './events/setup-submit.js';
export { OnrampSubscriptionStatusChangeEvent } from './events/subscription-status-change.js';
export { OnrampUserAddedEvent } from './events/user-added.js';
export { OnrampUserRemovedEvent } from './events/user-removed.js';
export { OnrampUsersImportedEvent } from './events/users-imported.js';
export {
  allCatalogues,
  type Catalogue,
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
export { OnrampRoleEditor } from './role-editor/onramp-role-editor.js';
export { OnrampSetupPrompt } from './setup-prompt/onramp-setup-prompt.js';
export { OnrampSetupWizard } from './setup-wizard/onramp-setup-wizard.js';
export { customerStatusTone } from './status-badge/customer-status-tone.js';
export { OnrampStatusBadge, type StatusTone, statusTones } from './status-badge/onramp-status-badge.js';
export { baseStyles, tokenStyles } from './styles/tokens.js';
export { OnrampSubscriptionPanel } from './subscription-panel/onramp-subscription-panel.js';
