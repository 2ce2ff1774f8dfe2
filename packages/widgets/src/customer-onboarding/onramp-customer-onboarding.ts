import { OnrampCustomerOnboarding } from './customer-onboarding.js';

export { OnrampCustomerOnboarding } from './customer-onboarding.js';

if (!customElements.get('onramp-customer-onboarding'))
  customElements.define('onramp-customer-onboarding', OnrampCustomerOnboarding);

declare global {
  interface HTMLElementTagNameMap {
    'onramp-customer-onboarding': OnrampCustomerOnboarding;
  }
}
