import { html } from 'lit';
import type { StepContext } from '../wizard-context.js';

/** 1. Summary: the contact-center licensing that was ordered or trialled. */
export function summaryStep({ setup, localize, busy, goTo }: StepContext) {
  const { order } = setup;
  const reference = { reference: order.orderReference };
  return html`
    <p>${localize.t('wizard.summary.intro')}</p>
    <p>${order.kind === 'trial' ? localize.tx('wizard.summary.trial', reference) : localize.tx('wizard.summary.subscription', reference)}</p>
    <ul part="licenses">
      ${order.licenses.map(
        (line) =>
          html`<li>${localize.t('wizard.licenseQuantity', { license: localize.t(`license.${line.license}`), quantity: localize.formatNumber(line.quantity) })}</li>`,
      )}
    </ul>
    ${order.ccai ? html`<p>${localize.t('wizard.summary.ccai')}</p>` : ''}
    ${order.ciscoPstnAddOn ? html`<p>${localize.t('wizard.summary.pstn')}</p>` : ''}
    <div part="actions">
      <button part="button primary" ?disabled=${busy} @click=${() => goTo('calling')}>${localize.t('wizard.setUp')}</button>
    </div>
  `;
}

/** 2. Calling setup: review the organization's SIP address. */
export function callingStep({ setup, localize, busy, goTo }: StepContext) {
  return html`
    <p>${localize.t('wizard.calling.intro')}</p>
    <dl>
      <dt>${localize.t('wizard.calling.sipAddress')}</dt>
      <dd><bdi dir="ltr">${setup.sipAddress}</bdi></dd>
    </dl>
    <div part="actions">
      <button part="button" ?disabled=${busy} @click=${() => goTo('summary')}>${localize.t('common.back')}</button>
      <button part="button primary" ?disabled=${busy} @click=${() => goTo('country')}>${localize.t('common.next')}</button>
    </div>
  `;
}
