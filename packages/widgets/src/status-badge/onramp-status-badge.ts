import { OnrampStatusBadge } from './status-badge.js';

export { OnrampStatusBadge, type StatusTone, statusTones } from './status-badge.js';

if (!customElements.get('onramp-status-badge'))
  customElements.define('onramp-status-badge', OnrampStatusBadge);

declare global {
  interface HTMLElementTagNameMap {
    'onramp-status-badge': OnrampStatusBadge;
  }
}
