import { OnrampSetupWizard } from './setup-wizard.js';

export { OnrampSetupWizard } from './setup-wizard.js';

if (!customElements.get('onramp-setup-wizard'))
  customElements.define('onramp-setup-wizard', OnrampSetupWizard);

declare global {
  interface HTMLElementTagNameMap {
    'onramp-setup-wizard': OnrampSetupWizard;
  }
}
