import type { BillingAddress, Customer } from '@onramp/contract';
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { ApiProblem, ApiResult } from '../api/client.js';
import { RetryAfterController } from '../api/retry-after.js';
import { FocusKeeper } from '../base/focus-keeper.js';
import {
  type AddressValues,
  addAddressErrors,
  addressFieldOf,
  emptyAddress,
  type FieldError,
  type FieldErrors,
  renderAddressFields,
  toAddress,
} from '../customer-onboarding/address-fields.js';
import type { LocalizeController } from '../i18n/localize-controller.js';
import { commonProblemMessage as problemMessage } from '../i18n/problem-message.js';

type Save = (customer: Customer, address: BillingAddress) => Promise<ApiResult<unknown>>;
type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

const CODE_KINDS: readonly FieldError[] = ['required', 'invalid_format', 'invalid_enum', 'unknown_country'];

/**
 * *Change billing address* of a wholesale customer, in the subscription panel (decisions/0007):
 * the same per-country rules as onboarding, the contract's update with the customer's packages, and
 * the warning that the change re-runs the RPL check (DOMAIN §3.2). A refused save keeps what was
 * typed and puts each error on its field; a saved one hands over to the panel, which follows the
 * customer into `updating` or `pending_rpl_review`. A 429 follows the widgets' rule (decisions/0011):
 * a short wait is retried once by itself; a longer one disables *Save* with a visible countdown,
 * its start and end said in the address section's status region.
 */
export class AddressEditor {
  open = false;
  busy = false;
  values: AddressValues = emptyAddress();
  errors: FieldErrors = {};
  problem: ApiProblem | undefined;
  /** Said after a save, and a 429's wait (a status region of its own: the panel's announces the status). */
  notice = '';
  private readonly retryAfter: RetryAfterController;

  constructor(
    private readonly host: Host,
    localize: LocalizeController,
    private readonly save: Save,
    private readonly onSaved: () => void,
  ) {
    this.focusKeeper = new FocusKeeper(host);
    this.retryAfter = new RetryAfterController(host, {
      localize,
      announce: (text) => this.update({ notice: text }),
      // The wait is over: its message goes; what was typed stays for *Save*. If the countdown had
      // focus, it goes back to Save, enabled again (not to the page's body with the countdown).
      over: () => {
        const onCountdown = this.host.shadowRoot?.activeElement?.id === 'address-rate-limit';
        this.update({ problem: undefined });
        if (onCountdown) void this.focus('#address-save');
      },
    });
  }

  /**
   * Whether the user is acting inside the panel: focus was in it (or nowhere, on the page's body)
   * when they pressed Change, Save or Cancel. The editor then keeps focus on what the action led to,
   * even after the disabled Save dropped it to the body; it never takes focus from elsewhere on the page.
   */
  private readonly focusKeeper: FocusKeeper;

  private beginAction() {
    this.focusKeeper.begin();
  }

  private update(patch: Partial<AddressEditor>) {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  /**
   * Focuses the first element matching the first selector that matches any (in that order), while
   * the user is still acting here: focus is in the panel, or lost to the body (not moved elsewhere).
   * `:focus-within` alone would say no once the disabled Save has dropped focus to the body.
   */
  private async focus(...selectors: string[]) {
    await this.host.updateComplete;
    if (!this.focusKeeper.update()) return;
    for (const selector of selectors) {
      const element = this.host.renderRoot.querySelector<HTMLElement>(selector);
      if (element) return element.focus();
    }
  }

  start(customer: Customer) {
    this.beginAction();
    const address = customer.address;
    this.update({
      open: true,
      values: { ...emptyAddress(), ...address },
      errors: {},
      problem: undefined,
      notice: '',
    });
    void this.focus('#address-country');
  }

  cancel() {
    this.beginAction();
    this.update({ open: false, errors: {}, problem: undefined });
    void this.focus('#change-address');
  }

  async submit(customer: Customer, localize: LocalizeController) {
    if (this.busy || this.retryAfter.waiting) return;
    this.beginAction();
    const address = toAddress(this.values);
    const errors = addAddressErrors({}, address);
    this.update({ errors, problem: undefined, notice: '' });
    if (Object.keys(errors).length) return void this.focus('[aria-invalid="true"]');
    this.update({ busy: true });
    // The rules above hold: line 1, city and country are there.
    const result = await this.retryAfter.send(() => this.save(customer, address as BillingAddress));
    this.update({ busy: false });
    if (result.problem && this.retryAfter.refused(result.problem)) {
      // Nothing to fix in the form: Save waits out the countdown (or, without Retry-After, says
      // "wait a moment" and stays enabled).
      this.update({ problem: result.problem });
      // Save, disabled now, loses focus: it goes to the time left (or the "wait a moment").
      return void this.focus('#address-rate-limit', '#address-problem');
    }
    if (result.problem) {
      // A 400 may name several fields: each lands on its own (the first one named wins a field).
      const refused: FieldErrors = {};
      for (const { field: path, reason } of result.problem.errors ?? [result.problem]) {
        const field = path ? addressFieldOf(path) : undefined;
        if (field && !refused[field])
          refused[field] = CODE_KINDS.includes(reason as FieldError) ? (reason as FieldError) : 'invalid';
      }
      if (Object.keys(refused).length) this.errors = refused;
      this.update({ problem: result.problem });
      // The first field refused, else the message (the refusal named no field of the form).
      return void this.focus('[aria-invalid="true"]', '#address-problem');
    }
    this.update({ open: false, notice: localize.t('panel.address.saved') });
    this.onSaved();
    // The notice that says it was saved (it stays: the Change button goes once the customer moves
    // on into `updating` or review), else the Change button.
    void this.focus('#address-notice', '#change-address');
  }

  private problemText(localize: LocalizeController) {
    if (!this.problem || Object.keys(this.errors).length || this.retryAfter.waiting) return '';
    if (this.problem.reason === 'customer_busy') return localize.t('panel.address.busy');
    return problemMessage(localize, this.problem);
  }

  /** The form while it is open (the panel's address section shows it in place of *Change*). */
  formFor(customer: Customer, localize: LocalizeController) {
    return this.open ? this.renderForm(customer, localize) : undefined;
  }

  private renderForm(customer: Customer, localize: LocalizeController) {
    const count = Object.keys(this.errors).length;
    const problem = this.problemText(localize);
    // During a 429's wait, Save is disabled and the time left shown (not in a live region: the
    // start and the end of the wait are said, not every second).
    const waiting = this.retryAfter.waiting;
    return html`<form novalidate aria-labelledby="address-title" aria-describedby="address-recheck"
      @submit=${(event: Event) => {
        event.preventDefault();
        void this.submit(customer, localize);
      }}>
      <div role="alert" part="error" id="address-problem" tabindex="-1">${count ? localize.t('onboard.error.summary', { count }) : problem}</div>
      ${renderAddressFields({
        values: this.values,
        errors: this.errors,
        localize,
        onInput: (field, value) => this.update({ values: { ...this.values, [field]: value } }),
        countryHelp: localize.t('onboard.countryHelp'),
      })}
      ${
        waiting
          ? html`<p part="error" id="address-rate-limit" tabindex="-1">${localize.t('rateLimit.waitFor', { seconds: this.retryAfter.secondsLeft })}</p>`
          : nothing
      }
      <div part="actions">
        <button part="button" id="address-save" type="submit" ?disabled=${this.busy || waiting}
          aria-describedby=${waiting ? 'address-rate-limit' : nothing}>${localize.t('panel.address.save')}</button>
        <button part="button secondary" type="button" @click=${() => this.cancel()}>${localize.t('common.cancel')}</button>
      </div>
    </form>`;
  }
}
