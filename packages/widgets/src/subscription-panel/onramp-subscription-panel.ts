import { OnrampSubscriptionPanel } from './subscription-panel.js';

export { OnrampSubscriptionPanel } from './subscription-panel.js';

if (!customElements.get('onramp-subscription-panel'))
  customElements.define('onramp-subscription-panel', OnrampSubscriptionPanel);

declare global {
  interface HTMLElementTagNameMap {
    'onramp-subscription-panel': OnrampSubscriptionPanel;
  }
}
