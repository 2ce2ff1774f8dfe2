import { createComponent } from '@lit/react';
import { OnrampSubscriptionPanel as OnrampSubscriptionPanelElement } from '@onramp/widgets/subscription-panel.js';
import * as React from 'react';
import { subscriptionPanelEvents } from './events.js';

/**
 * `<onramp-subscription-panel>` as a React component: the element's properties as typed props (objects such as
 * `client` are set as properties, not attributes), and its events as typed handler props.
 */
export const SubscriptionPanel = createComponent({
  react: React,
  tagName: 'onramp-subscription-panel',
  elementClass: OnrampSubscriptionPanelElement,
  events: subscriptionPanelEvents,
  displayName: 'SubscriptionPanel',
});

export type SubscriptionPanelProps = React.ComponentProps<typeof SubscriptionPanel>;
