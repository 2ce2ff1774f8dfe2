import { OnrampSetupPrompt } from './setup-prompt.js';

export { OnrampSetupPrompt } from './setup-prompt.js';

if (!customElements.get('onramp-setup-prompt'))
  customElements.define('onramp-setup-prompt', OnrampSetupPrompt);

declare global {
  interface HTMLElementTagNameMap {
    'onramp-setup-prompt': OnrampSetupPrompt;
  }
}
