import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  type ApiClient,
  type ApiProblem,
  type ClientLike,
  call,
  createApiClient,
  toApiClient,
} from '../api/client.js';
import { OnrampElement } from '../base/onramp-element.js';
import { OnrampCustomerAcceptedEvent } from '../events/customer-accepted.js';
import type { MessageKey, Messages } from '../i18n/types.js';
import { problemMessage } from '../setup-wizard/problem-message.js';
import { panelStyles } from '../styles/panel.js';
import { packageNames } from '../subscription-panel/product-names.js';
import { type AddressField, type FieldError, renderAddressFields } from './address-fields.js';
import { customerOnboardingStyles } from './customer-onboarding.styles.js';
import {
  emptyValues,
  type FieldErrors,
  fieldOf,
  type OnboardingValues,
  ORDERABLE_PACKAGES,
  toRequest,
  validate,
} from './onboarding-form.js';

type TextField = Exclude<keyof OnboardingValues, 'quantities' | AddressField>;
/** A message without parameters (every field label is one). */
type PlainKey = { [K in MessageKey]: Messages[K] extends string ? K : never }[MessageKey];
/** Each text input: its value, its request path (where errors land), its label and autocomplete. */
const FIELDS: Record<TextField, [path: string, label: PlainKey, autocomplete?: string]> = {
  name: ['customerInfo.name', 'onboard.name', 'organization'],
  primaryEmail: ['customerInfo.primaryEmail', 'onboard.email', 'email'],
  language: ['customerInfo.language', 'onboard.language'],
  externalId: ['externalId', 'onboard.externalId'],
  provisioningId: ['provisioningId', 'onboard.provisioningId'],
  meetingsTimeZone: ['provisioningParameters.meetings', 'onboard.meetingsTimeZone'],
  locationName: ['calling.name', 'onboard.locationName'],
  locationTimeZone: ['calling.timezone', 'onboard.locationTimeZone'],
  locationLanguage: ['calling.language', 'onboard.locationLanguage'],
};
const id = (path: string) => path.replace(/\W/g, '-');
/** Server codes the form says in its own words; any other refusal of a field is "check this value". */
const CODE_KINDS: readonly FieldError[] = ['required', 'invalid_format', 'invalid_enum'];

/**
 * @summary The partner's form to onboard a wholesale customer (DOMAIN §3): customer information,
 * billing address (the country decides the call-in number), packages and quantities. Validated
 * against the contract's schema, prechecked, then submitted once: the Idempotency-Key is kept
 * until the server accepts, so a retry or a double click creates one customer. Nothing typed is
 * lost when a call fails.
 *
 * @event onramp-customer-accepted - The server accepted the customer (`event.customerId`).
 *
 * @csspart base - The form's frame.
 * @csspart field - Each label + input block.
 * @csspart input - Every input.
 * @csspart button - Every button (`primary` on submit).
 * @csspart error - Error messages.
 *
 * @cssproperty --onramp-customer-onboarding-max-width - The form's maximum width (default 40rem).
 */
export class OnrampCustomerOnboarding extends OnrampElement {
  static override styles = [...OnrampElement.styles, panelStyles, customerOnboardingStyles];

  @property({ attribute: false }) client?: ClientLike;
  @property({ attribute: 'base-url' }) baseUrl?: string;
  @property() token?: string;

  @state() private values: OnboardingValues = emptyValues();
  @state() private errors: FieldErrors = {};
  @state() private problem?: ApiProblem;
  @state() private notice = '';
  @state() private busy = false;
  @state() private checked = false;

  private api?: ApiClient;
  /** Kept from the first submit until the server accepts: a retry replays, never duplicates. */
  private idempotencyKey?: string;

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('client') || changed.has('baseUrl') || changed.has('token'))
      this.api = this.client
        ? toApiClient(this.client)
        : this.baseUrl && this.token
          ? createApiClient(this.baseUrl, this.token)
          : undefined;
  }

  private set(patch: Partial<OnboardingValues>) {
    this.values = { ...this.values, ...patch };
    // A changed form needs a new check, and a new customer needs a new key.
    Object.assign(this, { checked: false, notice: '' });
    this.idempotencyKey = undefined;
  }

  /** Schema first, then the server's precheck. Returns whether the form may be submitted. */
  private check = async (): Promise<boolean> => {
    if (!this.api || this.busy) return false;
    const request = toRequest(this.values);
    this.errors = validate(request);
    this.problem = undefined;
    if (Object.keys(this.errors).length) {
      await this.focusFirstError();
      return false;
    }
    this.busy = true;
    const api = this.api;
    const result = await call(() => api.POST('/wholesale/customers/validate', { body: request }));
    this.busy = false;
    if (result.problem) return this.fail(result.problem);
    const rpl = result.data.info?.some((info) => info.infoCode === 101);
    Object.assign(this, {
      checked: true,
      notice: this.localize.t(rpl ? 'onboard.checkRpl' : 'onboard.checkOk'),
    });
    return true;
  };

  private submit = async (event: Event) => {
    event.preventDefault();
    if (this.busy || (!this.checked && !(await this.check())) || !this.api) return;
    this.idempotencyKey ??= crypto.randomUUID();
    const key = this.idempotencyKey;
    const api = this.api;
    this.busy = true;
    const result = await call(() =>
      api.POST('/wholesale/customers', {
        body: toRequest(this.values),
        params: { header: { 'Idempotency-Key': key } },
      }),
    );
    this.busy = false;
    if (result.problem) return void this.fail(result.problem);
    const url = result.data.url ?? '';
    this.idempotencyKey = undefined;
    this.notice = this.localize.t('onboard.accepted');
    this.emit(new OnrampCustomerAcceptedEvent(url.split('/').pop() ?? '', url));
  };

  /** A refusal naming a field lands on it; anything else is shown above the button. Values stay. */
  private fail(problem: ApiProblem): false {
    const field = problem.field ? fieldOf(problem.field) : undefined;
    if (field && problem.status >= 400 && problem.status < 500 && problem.status !== 403) {
      const kind: FieldError = CODE_KINDS.includes(problem.reason as FieldError)
        ? (problem.reason as FieldError)
        : 'invalid';
      this.errors = { ...this.errors, [field]: kind };
    }
    this.problem = problem;
    void this.focusFirstError();
    return false;
  }

  private async focusFirstError() {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  private errorText(field: string) {
    const kind = this.errors[field];
    if (!kind) return undefined;
    if (field === 'externalId' && this.problem?.reason === 'customer_exists')
      return this.localize.t('onboard.error.exists');
    if (field === 'packages' || field.startsWith('packages.'))
      return this.localize.t('onboard.error.packages');
    return this.localize.t(
      kind === 'invalid_format' || kind === 'invalid_enum'
        ? 'onboard.error.invalid'
        : `onboard.error.${kind}`,
    );
  }

  private renderInput(name: TextField, help?: string) {
    const [path, label, autocomplete] = FIELDS[name];
    const error = this.errorText(path);
    const describedBy = [error ? `${id(path)}-error` : '', help ? `${id(path)}-help` : '']
      .filter(Boolean)
      .join(' ');
    return html`<div part="field">
      <label for=${id(path)}>${this.localize.t(label)}</label>
      <input part="input" id=${id(path)} name=${name} .value=${this.values[name]} autocomplete=${autocomplete ?? 'off'}
        aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy || nothing}
        @input=${(event: InputEvent) => this.set({ [name]: (event.target as HTMLInputElement).value })} />
      ${help ? html`<span part="help" id="${id(path)}-help">${help}</span>` : nothing}
      ${error ? html`<span part="error" id="${id(path)}-error">${error}</span>` : nothing}
    </div>`;
  }

  private renderPackages() {
    const error =
      this.errorText('packages') ??
      ORDERABLE_PACKAGES.map((name) => this.errorText(`packages.${name}`)).find(Boolean);
    return html`<fieldset part="fieldset" aria-describedby="packages-help ${error ? 'packages-error' : ''}">
      <legend>${this.localize.t('onboard.packages')}</legend>
      <span part="help" id="packages-help">${this.localize.t('onboard.packagesHelp')}</span>
      ${ORDERABLE_PACKAGES.map(
        (name) => html`<div part="field quantity">
          <label for="qty-${name}">${packageNames[name] ?? name}</label>
          <input part="input" id="qty-${name}" type="number" min="0" inputmode="numeric" .value=${this.values.quantities[name] ?? ''}
            aria-invalid=${error ? 'true' : 'false'}
            @input=${(event: InputEvent) => this.set({ quantities: { ...this.values.quantities, [name]: (event.target as HTMLInputElement).value } })} />
        </div>`,
      )}
      ${error ? html`<span part="error" id="packages-error">${error}</span>` : nothing}
    </fieldset>`;
  }

  override render() {
    const { localize } = this;
    const count = Object.keys(this.errors).length;
    const showProblem = this.problem && !Object.keys(this.errors).length;
    return html`<form part="base" dir=${localize.dir} lang=${localize.locale} novalidate aria-labelledby="title" @submit=${this.submit}>
      <h2 id="title">${localize.t('onboard.title')}</h2>
      <p part="help">${localize.t('onboard.intro')}</p>
      <div role="alert" part="error">${count ? localize.t('onboard.error.summary', { count }) : showProblem ? problemMessage(localize, this.problem) : nothing}</div>
      <fieldset part="fieldset"><legend>${localize.t('onboard.customer')}</legend>
        ${this.renderInput('name')} ${this.renderInput('primaryEmail')} ${this.renderInput('language')}
        ${this.renderInput('externalId')} ${this.renderInput('provisioningId')}
      </fieldset>
      <fieldset part="fieldset"><legend>${localize.t('onboard.address')}</legend>
        ${renderAddressFields({
          values: this.values,
          errors: this.errors,
          localize,
          onInput: (field, value) => this.set({ [field]: value }),
          countryHelp: localize.t('onboard.countryHelp'),
        })}
        <span part="help">${localize.t('onboard.addressRecheck')}</span>
      </fieldset>
      ${this.renderPackages()}
      <fieldset part="fieldset" aria-describedby="calling-help"><legend>${localize.t('onboard.calling')}</legend>
        <span part="help" id="calling-help">${localize.t('onboard.callingHelp')}</span>
        ${this.renderInput('locationName')} ${this.renderInput('locationTimeZone')} ${this.renderInput('locationLanguage')}
      </fieldset>
      ${this.renderInput('meetingsTimeZone')}
      <p role="status" id="notice">${this.notice}</p>
      <div part="actions">
        <button part="button" type="button" ?disabled=${this.busy} @click=${this.check}>${localize.t('onboard.check')}</button>
        <button part="button primary" type="submit" ?disabled=${this.busy}>${localize.t('onboard.submit')}</button>
      </div>
    </form>`;
  }
}
