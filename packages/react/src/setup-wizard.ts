import { createComponent } from '@lit/react';
import { OnrampSetupWizard as OnrampSetupWizardElement } from '@onramp/widgets/setup-wizard.js';
import * as React from 'react';
import { setupWizardEvents } from './events.js';

/**
 * `<onramp-setup-wizard>` as a React component: the element's properties as typed props (objects such as
 * `client` are set as properties, not attributes), and its events as typed handler props.
 */
export const SetupWizard = createComponent({
  react: React,
  tagName: 'onramp-setup-wizard',
  elementClass: OnrampSetupWizardElement,
  events: setupWizardEvents,
  displayName: 'SetupWizard',
});

export type SetupWizardProps = React.ComponentProps<typeof SetupWizard>;
