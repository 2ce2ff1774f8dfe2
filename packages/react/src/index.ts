export { CustomerOnboarding, type CustomerOnboardingProps } from './customer-onboarding.js';
export {
  customerOnboardingEvents,
  eventsByTag,
  reactPropFor,
  roleEditorEvents,
  setupPromptEvents,
  setupWizardEvents,
  statusBadgeEvents,
  subscriptionPanelEvents,
} from './events.js';
export { RoleEditor, type RoleEditorProps } from './role-editor.js';
export { SetupPrompt, type SetupPromptProps } from './setup-prompt.js';
export { SetupWizard, type SetupWizardProps } from './setup-wizard.js';
export { StatusBadge, type StatusBadgeProps } from './status-badge.js';
export { SubscriptionPanel, type SubscriptionPanelProps } from './subscription-panel.js';
