import { html } from 'lit';
import { OnrampElement } from '../src/base/onramp-element.js';

/** A test-only component on the kit's base: shows a message, a plural and a formatted number. */
export class LocalizedFixture extends OnrampElement {
  override render() {
    return html`<p part="base" dir=${this.localize.dir}>
      <span id="retry">${this.localize.t('common.retry')}</span>
      <span id="days">${this.localize.t('trial.daysLeft', { count: 5 })}</span>
      <span id="number">${this.localize.formatNumber(1234567.5)}</span>
    </p>`;
  }
}
if (!customElements.get('onramp-localized-fixture'))
  customElements.define('onramp-localized-fixture', LocalizedFixture);

declare global {
  interface HTMLElementTagNameMap {
    'onramp-localized-fixture': LocalizedFixture;
  }
}
