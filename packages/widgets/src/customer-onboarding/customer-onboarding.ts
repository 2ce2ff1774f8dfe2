import { provisionWholesaleCustomerRequestBody } from '@onramp/contract/json-schemas';
import { languageTag, TIME_ZONES, WHOLESALE_LANGUAGES } from '@onramp/domain';
import { Customers } from '@onramp/sdk';
import { html, nothing, type PropertyDeclarations } from 'lit';
import {
  type ApiProblem,
  type ApiResult,
  type ClientContext,
  call,
  type OnrampClient,
} from '../api/client.js';
import { RetryAfterController } from '../api/retry-after.js';
import { OnrampApiElement } from '../base/api-element.js';
import { FocusKeeper } from '../base/focus-keeper.js';
import { thrownProblem } from '../base/loader.js';
import { onDemand } from '../base/on-demand.js';
import { OnrampElement } from '../base/onramp-element.js';
import { OnrampCustomerAcceptedEvent } from '../events/customer-accepted.js';
import { customerOnboardingCatalogue } from '../i18n/catalogues/customer-onboarding.js';
import { problemsCatalogue } from '../i18n/catalogues/problems.js';
import { commonProblemMessage as problemMessage } from '../i18n/problem-message.js';
import type { MessageKey, Messages } from '../i18n/types.js';
import { panelStyles } from '../styles/panel.js';
import { packageNames } from '../subscription-panel/product-names.js';
import { type AddressField, addressLabel, type FieldError, renderAddressFields } from './address-fields.js';
import { customerOnboardingStyles } from './customer-onboarding.styles.js';
import { type Choice, choiceList, requiredMark, schemaMaxLength } from './form-controls.js';
import {
  emptyValues,
  type FieldErrors,
  fieldOf,
  MAX_QUANTITY,
  type OnboardingValues,
  ORDERABLE_PACKAGES,
  type OrderablePackage,
  toRequest,
  validate,
} from './onboarding-form.js';

/** The JSON Schema compiler of the form's own check, loaded at the form's first focus (decision 0073). */
const schemaCompiler = onDemand(() => import('../api/json-schema.js'));

/**
 * A call through a host's `client`, which may not be the SDK (a method that throws, or rejects):
 * its error becomes the form's problem ("Something went wrong."), not an unhandled rejection that
 * leaves the form busy.
 */
async function safely<T>(send: () => Promise<ApiResult<T>>): Promise<ApiResult<T>> {
  try {
    return await send();
  } catch (error) {
    return { problem: thrownProblem(error) };
  }
}

type TextField = Exclude<keyof OnboardingValues, 'quantities' | AddressField>;
/** A message without parameters (every field label is one). */
type PlainKey = { [K in MessageKey]: Messages[K] extends string ? K : never }[MessageKey];
/** How a field is entered: typed, an e-mail, or chosen from the domain's languages or time zones. */
type Control = 'text' | 'email' | 'language' | 'timeZone';
/**
 * Each field: its request path (where errors land, and where the contract's schema gives its length
 * limit), its label, how it is entered, and its autocomplete.
 */
const FIELDS: Record<TextField, [path: string, label: PlainKey, control: Control, autocomplete?: string]> = {
  name: ['customerInfo.name', 'onboard.name', 'text', 'organization'],
  primaryEmail: ['customerInfo.primaryEmail', 'onboard.email', 'email', 'email'],
  language: ['customerInfo.language', 'onboard.language', 'language'],
  externalId: ['externalId', 'onboard.externalId', 'text'],
  provisioningId: ['provisioningId', 'onboard.provisioningId', 'text'],
  meetingsTimeZone: ['provisioningParameters.meetings', 'onboard.meetingsTimeZone', 'timeZone'],
  locationName: ['calling.name', 'onboard.locationName', 'text'],
  locationTimeZone: ['calling.timezone', 'onboard.locationTimeZone', 'timeZone'],
  locationLanguage: ['calling.language', 'onboard.locationLanguage', 'language'],
};
/** Where the contract's schema has each typed field (errors land on shorter paths for some). */
const SCHEMA_PATHS: Partial<Record<TextField, string>> = {
  locationName: 'provisioningParameters.calling.location.name',
};
/** Always required by the contract (the calling location's fields are, once one of them is given). */
const REQUIRED: ReadonlySet<TextField> = new Set(['name', 'primaryEmail', 'externalId', 'provisioningId']);
const LOCATION_FIELDS: readonly TextField[] = ['locationName', 'locationTimeZone', 'locationLanguage'];
const id = (path: string) => path.replace(/\W/g, '-');
/** Server codes the form says in its own words; any other refusal of a field is "check this value". */
const CODE_KINDS: readonly FieldError[] = ['required', 'invalid_format', 'invalid_enum', 'unknown_country'];
/** Focus is nowhere in particular: on the page's body (a button disabled while busy sends it there). */
const ADDRESS_FIELD = /^address\.(addressLine1|addressLine2|city|stateOrProvince|zipOrPostalCode|country)$/;

/** The domain's wholesale languages, named in the reader's language (`en_us`: "American English"). */
const languageChoices = new Map<string, Choice[]>();
function languagesIn(locale: string): Choice[] {
  let choices = languageChoices.get(locale);
  if (!choices) {
    const names = new Intl.DisplayNames(locale, { type: 'language' });
    choices = WHOLESALE_LANGUAGES.map((code) => ({
      value: code,
      label: names.of(languageTag(code)) ?? code,
    })).sort((a, b) => a.label.localeCompare(b.label, locale));
    languageChoices.set(locale, choices);
  }
  return choices;
}

/** The domain's time zones by their IANA id (the wholesale API's value), sorted. */
let timeZones: Choice[] | undefined;
const timeZoneChoices = () =>
  (timeZones ??= [...TIME_ZONES].sort().map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') })));

/** The customer the server accepted, as the success state shows it. */
interface Accepted {
  customerId: string;
  url: string;
  name: string;
  externalId: string;
}

/**
 * @summary The partner's form to onboard a wholesale customer (DOMAIN §3): customer information,
 * billing address (the country decides the call-in number), packages and quantities. Validated
 * against the contract's schema, prechecked, then submitted once: the Idempotency-Key is kept
 * until the server accepts, so a retry or a double click creates one customer. Nothing typed is
 * lost when a call fails. Every field the server refuses is marked, with a summary of them. A 429
 * is retried once by itself when the server asks for at most 3 seconds, else the buttons wait out
 * its `Retry-After` with a countdown. Once accepted, the form gives way to what was accepted and an
 * "Onboard another customer" button (a new, empty form with a new key): no second submit.
 *
 * @event onramp-customer-accepted - The server accepted the customer (`event.customerId`).
 *
 * @csspart base - The form's frame.
 * @csspart field - Each label + input block.
 * @csspart input - Every input.
 * @csspart button - Every button (`primary` on submit).
 * @csspart error - Error messages (and the error summary, the fields in error as links).
 * @csspart summary - What was accepted (name, external ID, customer ID), once the server accepted.
 *
 * @cssproperty --onramp-customer-onboarding-max-width - The form's maximum width (default 40rem).
 */
export class OnrampCustomerOnboarding extends OnrampApiElement<'customers'> {
  static override styles = [...OnrampElement.styles, panelStyles, customerOnboardingStyles];
  static override catalogues = [customerOnboardingCatalogue, problemsCatalogue];

  static override properties: PropertyDeclarations = {
    values: { state: true },
    errors: { state: true },
    problem: { state: true },
    notice: { state: true },
    busy: { state: true },
    checked: { state: true },
    accepted: { state: true },
    announcement: { state: true },
  };

  private values: OnboardingValues = emptyValues();
  private errors: FieldErrors = {};
  private problem?: ApiProblem;
  private notice = '';
  private busy = false;
  private checked = false;
  private accepted?: Accepted;
  /** Said politely in a visually hidden live region: the start and the end of a wait, not each second. */
  private announcement = '';

  private readonly retryAfter = new RetryAfterController(this, {
    localize: this.localize,
    announce: (text) => {
      this.announcement = text;
    },
    over: () => {
      // The countdown goes: if it had focus, back to the button pressed (enabled again), not the body.
      const onCountdown = this.shadowRoot?.activeElement?.id === 'rate-limit';
      this.problem = undefined;
      if (onCountdown) void this.updateComplete.then(() => this.buttonPressed()?.focus());
    },
  });

  /** The quick start's client: the one resource this form calls, alone. */
  protected override quickStart(ctx: ClientContext): Pick<OnrampClient, 'customers'> {
    return { customers: new Customers(ctx) };
  }

  /**
   * Whether the user is acting inside the form (base/focus-keeper.ts): the form then keeps focus on
   * what Check or submit led to, even after its disabled button dropped it to the body; it never
   * takes focus that was elsewhere on the page.
   */
  private readonly focusKeeper = new FocusKeeper(this);
  /** What had focus when the action began (Check, submit, or an input Enter was pressed in). */
  private pressed: Element | null = null;

  private beginAction() {
    this.focusKeeper.begin();
    this.pressed = this.shadowRoot?.activeElement ?? null;
  }

  /** The user is still here: focus is in the form, or lost to the body, not moved elsewhere on the page. */
  private stillActing() {
    return this.focusKeeper.update();
  }

  /** The element that had focus when the action began if it can take it again, else Check. */
  private buttonPressed(): HTMLElement | undefined {
    const pressed = this.pressed;
    if (pressed instanceof HTMLElement && pressed.isConnected && !(pressed as HTMLButtonElement).disabled)
      return pressed;
    return this.renderRoot.querySelector<HTMLElement>('#check') ?? undefined;
  }

  /**
   * Where focus goes once Check or submit has its answer (only while the user is acting here): the
   * first field in error, else the countdown of a 429's wait, else the refusal in the error summary;
   * if all went well and focus was lost (the button was disabled while busy), back to the button.
   */
  private async keepFocus() {
    await this.updateComplete;
    if (!this.stillActing()) return;
    const first = this.fieldsInError()[0];
    const root = this.renderRoot;
    const summary = root.querySelector<HTMLElement>('#error-summary');
    const target =
      (first && root.querySelector<HTMLElement>(`#${first.id}`)) ||
      root.querySelector<HTMLElement>('#rate-limit') ||
      (summary?.textContent?.trim() ? summary : null);
    if (target) return target.focus();
    const active = this.shadowRoot?.activeElement as HTMLButtonElement | null | undefined;
    if (!active || active.disabled) this.buttonPressed()?.focus();
  }

  /** Kept from the first submit until the server accepts: a retry replays, never duplicates. */
  private idempotencyKey?: string;

  private set(patch: Partial<OnboardingValues>) {
    this.values = { ...this.values, ...patch };
    // A changed form needs a new check, and a new customer needs a new key.
    Object.assign(this, { checked: false, notice: '' });
    this.idempotencyKey = undefined;
  }

  /** *Check*: the checks below, then focus where the answer is (the existing notice says a pass). */
  private check = async () => {
    if (!this.sdk || this.busy || this.retryAfter.waiting) return;
    this.beginAction();
    await this.runCheck();
    await this.keepFocus();
  };

  /** Schema first, then the server's precheck. Returns whether the form may be submitted. */
  private async runCheck(): Promise<boolean> {
    if (!this.sdk || this.busy || this.retryAfter.waiting) return false;
    const request = toRequest(this.values);
    let compiler = schemaCompiler.current;
    if (!compiler) {
      // Busy while the check's code arrives (the first check only): a second press waits for it.
      this.busy = true;
      const loaded = await schemaCompiler().catch((error: Error) => error);
      this.busy = false;
      // The code did not arrive: a connection problem, said as one; nothing typed is lost.
      if (loaded instanceof Error) return this.fail({ status: 0, network: true, message: loaded.message });
      compiler = loaded;
    }
    this.errors = validate(request, compiler.compileSchema);
    this.problem = undefined;
    if (Object.keys(this.errors).length) return false;
    this.busy = true;
    const { customers } = this.sdk;
    const result = await safely(() => call(customers.precheck(request)));
    this.busy = false;
    if (result.problem) return this.fail(result.problem);
    const rpl = result.data.info?.some((info) => info.infoCode === 101);
    Object.assign(this, {
      checked: true,
      notice: this.localize.t(rpl ? 'onboard.checkRpl' : 'onboard.checkOk'),
    });
    return true;
  }

  private submit = async (event: Event) => {
    event.preventDefault();
    if (this.busy || this.accepted || this.retryAfter.waiting) return;
    // Asked now: a button disabled while busy loses focus, so it cannot be asked at the answer.
    this.beginAction();
    if (!this.checked && !(await this.runCheck())) return void (await this.keepFocus());
    if (!this.sdk) return;
    this.idempotencyKey ??= crypto.randomUUID();
    const key = this.idempotencyKey;
    const { customers } = this.sdk;
    const body = toRequest(this.values);
    // The key is the form's, not the call's: a resubmit after a lost answer is the same customer.
    const post = () => safely(() => call(customers.create(body, { idempotencyKey: key })));
    this.busy = true;
    // A 429 asking for a short wait is retried once, the same request under the same key.
    const result = await this.retryAfter.send(post);
    this.busy = false;
    if (result.problem) {
      this.fail(result.problem);
      return void (await this.keepFocus());
    }
    const { customerId, url } = result.data;
    this.idempotencyKey = undefined;
    const accepted: Accepted = {
      customerId,
      url,
      name: body.customerInfo?.name ?? '',
      externalId: body.externalId ?? '',
    };
    Object.assign(this, {
      accepted,
      notice: this.localize.t('onboard.accepted'),
      announcement: '',
      problem: undefined,
    });
    this.emit(new OnrampCustomerAcceptedEvent(accepted.customerId, url));
    // The form is gone: keyboard and screen reader users go on from the heading of what replaced it.
    await this.updateComplete;
    if (this.stillActing()) this.renderRoot.querySelector<HTMLElement>('#accepted-title')?.focus();
  };

  /** "Onboard another customer": an empty form, a new Idempotency-Key at its first submit. */
  private another = async () => {
    this.beginAction();
    this.retryAfter.cancel();
    this.idempotencyKey = undefined;
    Object.assign(this, {
      values: emptyValues(),
      errors: {},
      problem: undefined,
      notice: '',
      announcement: '',
      checked: false,
      accepted: undefined,
    });
    await this.updateComplete;
    if (this.stillActing()) this.renderRoot.querySelector<HTMLElement>('input')?.focus();
  };

  /**
   * A refusal lands on every field it names (a 400 may name several); a 429 waits out its
   * `Retry-After`; anything else is shown above the buttons. Values stay; the caller moves focus.
   */
  private fail(problem: ApiProblem): false {
    this.problem = problem;
    if (this.retryAfter.refused(problem)) return false;
    if (problem.status >= 400 && problem.status < 500 && problem.status !== 403) {
      const refused: FieldErrors = {};
      for (const { field: path, reason } of problem.errors ?? [problem]) {
        const field = path ? fieldOf(path) : undefined;
        if (!field || refused[field] || !this.targetOf(field)) continue;
        refused[field] = field.startsWith('packages.')
          ? 'quantity'
          : CODE_KINDS.includes(reason as FieldError)
            ? (reason as FieldError)
            : 'invalid';
      }
      if (Object.keys(refused).length) this.errors = { ...this.errors, ...refused };
    }
    return false;
  }

  /** The input a field's error belongs to, with its label as shown, or undefined if not on screen. */
  private targetOf(field: string): { id: string; label: string } | undefined {
    const text = (Object.values(FIELDS) as Array<(typeof FIELDS)[TextField]>).find(
      ([path]) => path === field,
    );
    if (text) return { id: id(field), label: this.localize.t(text[1]) };
    // "No package chosen" links to the first quantity; a bad quantity to its own input.
    if (field === 'packages')
      return { id: `qty-${ORDERABLE_PACKAGES[0]}`, label: this.localize.t('onboard.packages') };
    const name = field.startsWith('packages.')
      ? (field.slice('packages.'.length) as OrderablePackage)
      : undefined;
    if (name && ORDERABLE_PACKAGES.includes(name))
      return { id: `qty-${name}`, label: packageNames[name] ?? name };
    const address = ADDRESS_FIELD.exec(field)?.[1] as AddressField | undefined;
    const label = address && addressLabel(this.localize, this.values.country, address);
    return label ? { id: `address-${address}`, label } : undefined;
  }

  /** The fields in error, once each, in the form's order. */
  private fieldsInError() {
    const seen = new Set<string>();
    const targets: Array<{ id: string; label: string }> = [];
    for (const field of Object.keys(this.errors)) {
      const target = this.targetOf(field);
      if (!target || seen.has(target.id)) continue;
      seen.add(target.id);
      targets.push(target);
    }
    const order = [...this.renderRoot.querySelectorAll('input, select')].map((element) => element.id);
    return targets.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  }

  private focusField(event: Event, fieldId: string) {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${fieldId}`)?.focus();
  }

  private errorText(field: string) {
    const kind = this.errors[field];
    if (!kind) return undefined;
    if (field === 'externalId' && this.problem?.reason === 'customer_exists')
      return this.localize.t('onboard.error.exists');
    // A quantity: a whole number within the contract's bounds (from 0 to MAX_QUANTITY).
    if (kind === 'quantity')
      return this.localize.t('onboard.error.quantity', { max: this.localize.formatNumber(MAX_QUANTITY) });
    // No package chosen at all; any other refusal of the packages (e.g. one not orderable) is "check".
    if (field === 'packages' && kind === 'required') return this.localize.t('onboard.error.packages');
    return this.localize.t(
      kind === 'invalid_format' || kind === 'invalid_enum' || field === 'packages'
        ? 'onboard.error.invalid'
        : `onboard.error.${kind}`,
    );
  }

  private isRequired(name: TextField) {
    if (REQUIRED.has(name)) return true;
    // A calling location is optional, but needs its name, time zone and language once one is given.
    return (
      LOCATION_FIELDS.includes(name) && LOCATION_FIELDS.some((field) => this.values[field].trim() !== '')
    );
  }

  private renderInput(name: TextField, help?: string) {
    const [path, label, control, autocomplete] = FIELDS[name];
    const error = this.errorText(path);
    const describedBy = [error ? `${id(path)}-error` : '', help ? `${id(path)}-help` : '']
      .filter(Boolean)
      .join(' ');
    const required = this.isRequired(name);
    const onInput = (event: Event) => this.set({ [name]: (event.target as HTMLInputElement).value });
    const input =
      control === 'language' || control === 'timeZone'
        ? html`<select part="input" id=${id(path)} name=${name} ?required=${required}
            aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy || nothing}
            @change=${onInput} @input=${onInput}>
            ${choiceList(
              control === 'language' ? languagesIn(this.localize.locale) : timeZoneChoices(),
              this.values[name],
              this.localize.t(required ? 'address.choose' : 'onboard.notSet'),
            )}
          </select>`
        : html`<input part="input" id=${id(path)} name=${name} type=${control} .value=${this.values[name]}
            autocomplete=${autocomplete ?? 'off'} ?required=${required}
            maxlength=${schemaMaxLength(provisionWholesaleCustomerRequestBody, SCHEMA_PATHS[name] ?? path) ?? nothing}
            aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy || nothing} @input=${onInput} />`;
    return html`<div part="field">
      <label for=${id(path)}>${this.localize.t(label)}${required ? requiredMark : nothing}</label>
      ${input}
      ${help ? html`<span part="help" id="${id(path)}-help">${help}</span>` : nothing}
      ${error ? html`<span part="error" id="${id(path)}-error">${error}</span>` : nothing}
    </div>`;
  }

  /**
   * The quantities: each bad one says so on its own input; "choose at least one package" (no
   * quantity given at all) is said once, for the group, with no empty input marked invalid.
   */
  private renderPackages() {
    const error = this.errorText('packages');
    return html`<fieldset part="fieldset" aria-describedby="packages-help${error ? ' packages-error' : ''}">
      <legend>${this.localize.t('onboard.packages')}</legend>
      <span part="help" id="packages-help">${this.localize.t('onboard.packagesHelp')}</span>
      ${ORDERABLE_PACKAGES.map((name) => {
        const quantityError = this.errorText(`packages.${name}`);
        return html`<div part="field quantity">
          <label for="qty-${name}">${packageNames[name] ?? name}</label>
          <input part="input" id="qty-${name}" type="number" min="0" max=${MAX_QUANTITY} step="1" inputmode="numeric" .value=${this.values.quantities[name] ?? ''}
            aria-invalid=${quantityError ? 'true' : 'false'} aria-describedby=${quantityError ? `qty-${name}-error` : nothing}
            @input=${(event: InputEvent) => this.set({ quantities: { ...this.values.quantities, [name]: (event.target as HTMLInputElement).value } })} />
          ${quantityError ? html`<span part="error" id="qty-${name}-error">${quantityError}</span>` : nothing}
        </div>`;
      })}
      ${error ? html`<span part="error" id="packages-error">${error}</span>` : nothing}
    </fieldset>`;
  }

  override render() {
    const { localize, accepted } = this;
    return html`<form part="base" dir=${localize.dir} lang=${localize.locale} novalidate aria-labelledby="title" @submit=${this.submit} @focusin=${schemaCompiler.prefetch}>
      <h2 id="title">${localize.t('onboard.title')}</h2>
      ${accepted ? this.renderAccepted(accepted) : this.renderFields()}
      <p role="status" id="notice">${this.notice}</p>
      <div class="visually-hidden" role="status" id="announcement">${this.announcement}</div>
      ${
        accepted
          ? html`<div part="actions">
              <button part="button primary" type="button" @click=${this.another}>${localize.t('onboard.another')}</button>
            </div>`
          : this.renderActions()
      }
    </form>`;
  }

  private renderAccepted(accepted: Accepted) {
    const { localize } = this;
    return html`<section id="accepted" aria-labelledby="accepted-title">
      <h3 id="accepted-title" tabindex="-1">${localize.t('onboard.acceptedTitle')}</h3>
      <dl part="summary">
        <dt>${localize.t('onboard.name')}</dt><dd><bdi>${accepted.name}</bdi></dd>
        <dt>${localize.t('onboard.externalId')}</dt><dd><bdi>${accepted.externalId}</bdi></dd>
        <dt>${localize.t('onboard.customerId')}</dt><dd><bdi id="accepted-id">${accepted.customerId}</bdi></dd>
      </dl>
    </section>`;
  }

  /** The error summary (every field in error, each a link to it) and the form's fields. */
  private renderFields() {
    const { localize } = this;
    const inError = this.fieldsInError();
    const count = inError.length || Object.keys(this.errors).length;
    const waiting = this.retryAfter.waiting;
    const showProblem = this.problem && !count && !waiting;
    return html`<p part="help">${localize.t('onboard.intro')}</p>
      <p part="help" id="required-note">${localize.t('onboard.requiredNote')}</p>
      <div role="alert" part="error" id="error-summary" tabindex="-1">${
        count
          ? html`<p>${localize.t('onboard.error.summary', { count })}</p>
              ${
                inError.length
                  ? html`<ul aria-label=${localize.t('onboard.error.list')}>${inError.map(
                      ({ id: fieldId, label }) =>
                        html`<li><a href="#${fieldId}" @click=${(event: Event) => this.focusField(event, fieldId)}>${label}</a></li>`,
                    )}</ul>`
                  : nothing
              }`
          : showProblem
            ? problemMessage(localize, this.problem)
            : nothing
      }</div>
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
      ${this.renderInput('meetingsTimeZone')}`;
  }

  /**
   * Check and submit; during a 429's wait both are disabled and the time left is shown (not in a
   * live region: the start and the end of the wait are announced, not every second).
   */
  private renderActions() {
    const { localize } = this;
    const waiting = this.retryAfter.waiting;
    const disabled = this.busy || waiting;
    return html`${
      waiting
        ? html`<p part="error" id="rate-limit" tabindex="-1">${localize.t('rateLimit.waitFor', { seconds: this.retryAfter.secondsLeft })}</p>`
        : nothing
    }
      <div part="actions">
        <button part="button" id="check" type="button" ?disabled=${disabled} aria-describedby=${waiting ? 'rate-limit' : nothing} @click=${this.check}>${localize.t('onboard.check')}</button>
        <button part="button primary" type="submit" ?disabled=${disabled} aria-describedby=${waiting ? 'rate-limit' : nothing}>${localize.t('onboard.submit')}</button>
      </div>`;
  }
}
