import { createComponent } from '@lit/react';
import { OnrampCustomerOnboarding as OnrampCustomerOnboardingElement } from '@onramp/widgets/customer-onboarding.js';
import * as React from 'react';
import { customerOnboardingEvents } from './events.js';

/**
 * `<onramp-customer-onboarding>` as a React component: the element's properties as typed props (objects such as
 * `client` are set as properties, not attributes), and its events as typed handler props.
 */
export const CustomerOnboarding = createComponent({
  react: React,
  tagName: 'onramp-customer-onboarding',
  elementClass: OnrampCustomerOnboardingElement,
  events: customerOnboardingEvents,
  displayName: 'CustomerOnboarding',
});

export type CustomerOnboardingProps = React.ComponentProps<typeof CustomerOnboarding>;
