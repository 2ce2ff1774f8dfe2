import { createComponent } from '@lit/react';
import { OnrampSetupPrompt as OnrampSetupPromptElement } from '@onramp/widgets/setup-prompt.js';
import * as React from 'react';
import { setupPromptEvents } from './events.js';

/**
 * `<onramp-setup-prompt>` as a React component: the element's properties as typed props (objects such as
 * `client` are set as properties, not attributes), and its events as typed handler props.
 */
export const SetupPrompt = createComponent({
  react: React,
  tagName: 'onramp-setup-prompt',
  elementClass: OnrampSetupPromptElement,
  events: setupPromptEvents,
  displayName: 'SetupPrompt',
});

export type SetupPromptProps = React.ComponentProps<typeof SetupPrompt>;
