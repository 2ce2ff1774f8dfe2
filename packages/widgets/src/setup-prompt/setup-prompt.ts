import { css, html, type PropertyDeclarations } from 'lit';
import { OnrampElement } from '../base/onramp-element.js';
import { OnrampSetupCloseEvent } from '../events/setup-close.js';
import { OnrampSetupRequestedEvent } from '../events/setup-requested.js';
import { setupWizardCatalogue } from '../i18n/catalogues/setup-wizard.js';
import { panelStyles } from '../styles/panel.js';

/**
 * @summary The last screen of the partner's two ways in (DOMAIN §1.1): after starting a trial
 * ("Your trial is ready. Would you like to set up services for the customer?" Yes / Not now) or after
 * mapping a subscription order ("Thank you. Your order has been mapped correctly." Next).
 *
 * @event onramp-setup-requested - The admin chose to set up services now (`event.orgId`).
 * @event onramp-setup-close - The admin chose not now (trial only).
 * @csspart base - The prompt.
 * @csspart button - The buttons (`primary` on the main one).
 */
export class OnrampSetupPrompt extends OnrampElement {
  static override styles = [
    ...OnrampElement.styles,
    panelStyles,
    css`
      [part='base'] { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-s); }
      p { margin: 0; flex: 1 1 var(--_field-text); }
    `,
  ];
  static override catalogues = [setupWizardCatalogue];

  static override properties: PropertyDeclarations = {
    kind: {},
    orgId: { attribute: 'org-id' },
  };

  /** `trial`: after starting a trial; `order`: after mapping a subscription order. */
  kind: 'trial' | 'order' = 'trial';
  orgId = '';

  override render() {
    const trial = this.kind === 'trial';
    return html`<div part="base" role="status" dir=${this.localize.dir}>
      <p>${this.localize.t(trial ? 'wizard.entry.trialReady' : 'wizard.entry.orderMapped')}</p>
      ${
        trial
          ? html`<button part="button" @click=${() => this.emit(new OnrampSetupCloseEvent(this.orgId))}>${this.localize.t('common.notNow')}</button>`
          : ''
      }
      <button part="button primary" @click=${() => this.emit(new OnrampSetupRequestedEvent(this.orgId))}>
        ${this.localize.t(trial ? 'common.yes' : 'common.next')}
      </button>
    </div>`;
  }
}
