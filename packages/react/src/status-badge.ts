import { createComponent } from '@lit/react';
import { OnrampStatusBadge as OnrampStatusBadgeElement } from '@onramp/widgets/status-badge.js';
import * as React from 'react';
import { statusBadgeEvents } from './events.js';

/**
 * `<onramp-status-badge>` as a React component: the element's properties as typed props (objects such as
 * `client` are set as properties, not attributes), and its events as typed handler props.
 */
export const StatusBadge = createComponent({
  react: React,
  tagName: 'onramp-status-badge',
  elementClass: OnrampStatusBadgeElement,
  events: statusBadgeEvents,
  displayName: 'StatusBadge',
});

export type StatusBadgeProps = React.ComponentProps<typeof StatusBadge>;
