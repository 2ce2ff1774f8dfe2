import '@onramp/widgets/subscription-panel.js';
import { customerScreen, customerWidget } from './customer-screen.js';

/** The selected customer's subscription, provisioning status and services (the subscription panel). */
export const renderSubscription = customerScreen(
  'subscription.title',
  'subscription.prompt',
  (orgId, context) => customerWidget('onramp-subscription-panel', orgId, context),
);
