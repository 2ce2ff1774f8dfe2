import type { EventName } from '@lit/react';
import type {
  OnrampCustomerAcceptedEvent,
  OnrampLicenseChangeEvent,
  OnrampRoleChangeEvent,
  OnrampSetupCloseEvent,
  OnrampSetupCompleteEvent,
  OnrampSetupRequestedEvent,
  OnrampSetupStepChangeEvent,
  OnrampSetupSubmitEvent,
  OnrampSubscriptionStatusChangeEvent,
  OnrampUserAddedEvent,
  OnrampUserRemovedEvent,
  OnrampUsersImportedEvent,
} from '@onramp/widgets';

/**
 * Which React prop listens to which widget event, per widget. The rule is mechanical: drop the
 * `onramp-` prefix, camel-case the rest, prefix `on` (`onramp-role-change` → `onRoleChange`). Each
 * handler receives the widget's own event class (e.g. `OnrampRoleChangeEvent`, with `userId`,
 * `role`, `previousRole`), not a `CustomEvent`. A test checks these tables against the widgets'
 * custom-elements manifest, so an event added to a widget and missed here fails the build.
 *
 * Only types are imported from `@onramp/widgets` here: this module loads no component.
 */
export const customerOnboardingEvents = {
  onCustomerAccepted: 'onramp-customer-accepted' as EventName<OnrampCustomerAcceptedEvent>,
};

export const roleEditorEvents = {
  onRoleChange: 'onramp-role-change' as EventName<OnrampRoleChangeEvent>,
  onLicenseChange: 'onramp-license-change' as EventName<OnrampLicenseChangeEvent>,
  onUserAdded: 'onramp-user-added' as EventName<OnrampUserAddedEvent>,
  onUserRemoved: 'onramp-user-removed' as EventName<OnrampUserRemovedEvent>,
  onUsersImported: 'onramp-users-imported' as EventName<OnrampUsersImportedEvent>,
};

export const setupPromptEvents = {
  onSetupRequested: 'onramp-setup-requested' as EventName<OnrampSetupRequestedEvent>,
  onSetupClose: 'onramp-setup-close' as EventName<OnrampSetupCloseEvent>,
};

export const setupWizardEvents = {
  onSetupStepChange: 'onramp-setup-step-change' as EventName<OnrampSetupStepChangeEvent>,
  onSetupSubmit: 'onramp-setup-submit' as EventName<OnrampSetupSubmitEvent>,
  onSetupComplete: 'onramp-setup-complete' as EventName<OnrampSetupCompleteEvent>,
  onSetupClose: 'onramp-setup-close' as EventName<OnrampSetupCloseEvent>,
};

/** The status badge dispatches no event. */
export const statusBadgeEvents = {};

export const subscriptionPanelEvents = {
  onSubscriptionStatusChange:
    'onramp-subscription-status-change' as EventName<OnrampSubscriptionStatusChangeEvent>,
};

/** Every widget's tag with its event table (what the manifest test walks). */
export const eventsByTag = {
  'onramp-customer-onboarding': customerOnboardingEvents,
  'onramp-role-editor': roleEditorEvents,
  'onramp-setup-prompt': setupPromptEvents,
  'onramp-setup-wizard': setupWizardEvents,
  'onramp-status-badge': statusBadgeEvents,
  'onramp-subscription-panel': subscriptionPanelEvents,
} as const satisfies Record<string, Record<string, string>>;

/** The React prop name for a widget event, by the rule above. */
export const reactPropFor = (eventName: string): string =>
  `on${eventName
    .replace(/^onramp-/, '')
    .replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase())}`;
