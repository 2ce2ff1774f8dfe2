import type { Customer } from '@onramp/contract';
import { CUSTOMER_TRANSITIONS } from '@onramp/domain';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../i18n/localize-controller.js';

/** Whether the customer's status accepts a billing-address change, as the domain's lifecycle says. */
const addressChangeable = ({ status }: Customer) =>
  !!status && CUSTOMER_TRANSITIONS[status].includes('billingAddressUpdated');

export interface AddressSectionParts {
  /** What the editor said (after a save, a 429's wait), in the section's own status region. */
  notice: string;
  /** The editor's form while it is open, in place of *Change*. */
  form: TemplateResult | undefined;
  /** *Change*: opens the editor, whose code loads at the first opening (decision 0073). */
  change(): void;
  /** Starts loading the editor's code when a pointer or the focus reaches *Change*. */
  prefetch(): void;
  /** The editor's code did not arrive (the connection dropped): said beside *Change*. */
  failed: boolean;
}

/** The billing address as it is, and *Change* or the form for those who may change it. */
export function renderAddressSection(
  customer: Customer,
  localize: LocalizeController,
  mayChange: boolean,
  parts: AddressSectionParts,
) {
  const address = customer.address;
  const lines = [
    address?.addressLine1,
    address?.addressLine2,
    [address?.zipOrPostalCode, address?.city, address?.stateOrProvince].filter(Boolean).join(' '),
  ].filter(Boolean);
  const change = () =>
    parts.form ??
    html`<button part="button" id="change-address" @click=${parts.change}
        @pointerenter=${parts.prefetch} @focus=${parts.prefetch}>${localize.t('panel.address.change')}</button>
      ${parts.failed ? html`<p part="error" role="alert" id="address-load-failed">${localize.t('common.offline')}</p>` : nothing}`;
  return html`<section part="section" aria-labelledby="address-title">
      <h3 id="address-title">${localize.t('panel.address.title')}</h3>
      <address id="billing-address">${lines.map((line) => html`<bdi>${line}</bdi><br />`)}</address>
      <p role="status" id="address-notice" tabindex="-1">${parts.notice}</p>
      ${mayChange ? html`<p part="help" id="address-recheck">${localize.t('panel.address.recheck')}</p>` : nothing}
      ${!mayChange ? nothing : !addressChangeable(customer) ? html`<p part="help">${localize.t('panel.address.later')}</p>` : change()}
    </section>`;
}
