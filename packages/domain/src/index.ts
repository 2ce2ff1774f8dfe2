// @onramp/domain: Onramp's business rules as pure functions over data. No I/O, no clock (time is
// passed in as ms since the epoch), no DOM. Grouped by folder; README.md maps each DOMAIN.md
// section and table to its module.
export * from './address/address-rules.js';
export * from './address/subdivisions.js';
export * from './address/validate-address.js';
export * from './call-in/call-in-locations.js';
export * from './call-in/resolve-call-in.js';
export * from './call-in/telephony-domain.js';
export * from './catalogue/countries.js';
export * from './catalogue/country-lookup.js';
export * from './catalogue/languages.js';
export * from './catalogue/telephony.js';
export * from './catalogue/time-zones.js';
export * from './connect/activation-window.js';
export * from './connect/role-sync.js';
export * from './connect/tenant-url.js';
export * from './decision.js';
export * from './onboarding/customer-admin-onboarding.js';
export * from './orders/order-mapping.js';
export * from './permissions/actors.js';
export * from './permissions/can.js';
export * from './permissions/org-contact-center.js';
export * from './permissions/privilege-matrix.js';
export { ACTION_LABELS } from './permissions/privileged-actions.js';
export * from './permissions/service-admin-assigners.js';
export * from './permissions/set-role.js';
export * from './permissions/user-activation.js';
export * from './permissions/visibility.js';
export * from './users/csv-text.js';
export * from './users/license-csv.js';
export * from './users/license-options.js';
export * from './users/users-csv.js';
export * from './vocabulary.js';
export * from './wholesale/admin-package.js';
export * from './wholesale/customer-lifecycle.js';
export * from './wholesale/package-allocation.js';
export * from './wholesale/package-services.js';
export * from './wholesale/packages.js';
export * from './wholesale/rpl.js';
export {
  WHOLESALE_ERROR_CODES,
  type WholesaleError,
  type WholesaleErrorCode,
} from './wholesale/wholesale-error.js';
export * from './wizard/after-setup.js';
export * from './wizard/setup-access.js';
export {
  ciscoPstnApplies,
  ciscoPstnRulesOutCountry,
  missingAnswer,
  telephonyUnavailableReason,
} from './wizard/setup-answers.js';
export * from './wizard/setup-reducer.js';
export {
  countryDropdownDefault,
  EMPTY_ANSWERS,
  INITIAL_SETUP_STATE,
  type SetupAnswers,
  type SetupCommand,
  type SetupCommandType,
  type SetupContext,
  type SetupError,
  type SetupResult,
  type SetupState,
} from './wizard/setup-state.js';
export * from './wizard/setup-steps.js';
export * from './wizard/tenant-chat.js';
export * from './wizard/webex-calling.js';
