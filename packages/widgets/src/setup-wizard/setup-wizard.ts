import type { Setup, SetupStep } from '@onramp/contract';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { ApiProblem, ApiResult, ClientContext } from '../api/client.js';
import { RetryAfterController } from '../api/retry-after.js';
import { OnrampApiElement } from '../base/api-element.js';
import { FocusKeeper } from '../base/focus-keeper.js';
import { Loader } from '../base/loader.js';
import { OnrampElement } from '../base/onramp-element.js';
import { OnrampSetupCloseEvent } from '../events/setup-close.js';
import { OnrampSetupCompleteEvent } from '../events/setup-complete.js';
import { OnrampSetupStepChangeEvent } from '../events/setup-step-change.js';
import { OnrampSetupSubmitEvent } from '../events/setup-submit.js';
import { problemsCatalogue } from '../i18n/catalogues/problems.js';
import { productsCatalogue } from '../i18n/catalogues/products.js';
import { setupWizardCatalogue } from '../i18n/catalogues/setup-wizard.js';
import { panelStyles } from '../styles/panel.js';
import { clearSubmitKey, pendingSubmitKey, readDraft, writeDraft } from './draft-storage.js';
import { problemMessage } from './problem-message.js';
import { type SetupApi, type SetupWizardSdk, setupApi, setupWizardSdk } from './setup-api.js';
import { setupWizardStyles } from './setup-wizard.styles.js';
import { renderStep } from './steps/index.js';
import { stageName } from './steps/provisioning-timeline.js';
import { TenantSetupController, tenantSetupSection } from './tenant-setup.js';
import type { Catalog, Draft, StepContext } from './wizard-context.js';

/**
 * @summary The services setup wizard of a customer org (DOMAIN §1.2): licensing summary, calling
 * setup, country of operation (irreversible once confirmed), time zone, platform, telephony, review,
 * asynchronous provisioning and the order summary. Resumable: it reopens where the admin left off.
 *
 * @event onramp-setup-step-change - The wizard moved to another step (`event.step`).
 * @event onramp-setup-submit - The server accepted the submission; provisioning started.
 * @event onramp-setup-complete - The server reports the setup completed (`event.platform`).
 * @event onramp-setup-close - The admin closed the wizard.
 *
 * @csspart base - The wizard's frame.
 * @csspart steps - The list of steps.
 * @csspart button - Every button (`primary` and `link` are added where they apply).
 * @csspart select - The country and time-zone dropdowns.
 * @csspart error - Error messages.
 * @csspart progress - The provisioning progress bar track (`progress-bar` is its fill).
 * @csspart timeline - The provisioning stages, each with its state in words (`timeline-state`).
 * @csspart review - Review's summary: a grid of `review-section`s of `review-row`s.
 *
 * @cssproperty --onramp-setup-wizard-max-width - The wizard's maximum width (default 46rem).
 */
export class OnrampSetupWizard extends OnrampApiElement<'setup' | 'catalog' | 'permissions'> {
  static override styles = [...OnrampElement.styles, panelStyles, setupWizardStyles];
  static override catalogues = [productsCatalogue, setupWizardCatalogue, problemsCatalogue];

  static override properties: PropertyDeclarations = {
    orgId: { attribute: 'org-id' },
    pollInterval: { type: Number, attribute: 'poll-interval' },
    setup: { state: true },
    catalog: { state: true },
    problem: { state: true },
    busy: { state: true },
    draft: { state: true },
    announcement: { state: true },
  };

  /** The customer organization being set up. */
  orgId = '';
  /** How often to poll while provisioning runs, in milliseconds. */
  pollInterval = 2000;

  private setup?: Setup;
  private catalog?: Catalog;
  private problem?: ApiProblem;
  private busy = false;
  private draft: Draft = {};
  private announcement = '';
  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot?.querySelector('dialog') ?? null;
  }

  private api?: SetupApi;
  /** A 429's wait (decisions/0011): the actions are disabled, the time left shown, start and end announced. */
  private readonly retryAfter = new RetryAfterController(this, {
    localize: this.localize,
    announce: (text) => {
      this.announcement = text;
    },
    over: () => {
      this.problem = undefined;
      // A load refused by a 429 loads again by itself once the wait is over.
      if (this.loader.problem?.status === 429) void this.load();
    },
  });
  private pollTimer?: ReturnType<typeof setTimeout>;
  /** "Set up Webex Contact Center" after a completed setup on the 1.0 platform. */
  private readonly tenant = new TenantSetupController(this, (text) => {
    this.announcement = text;
  });

  /** The quick start's client: the resources this component calls, alone. */
  protected override quickStart(ctx: ClientContext): SetupWizardSdk {
    return setupWizardSdk(ctx);
  }

  override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (['client', 'baseUrl', 'token', 'orgId'].some((key) => changed.has(key as keyof OnrampSetupWizard))) {
      const client = this.sdk;
      this.api = client && this.orgId ? setupApi(client, this.orgId) : undefined;
      this.draft = this.orgId ? readDraft(this.orgId) : {};
      void this.load();
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.pollTimer);
  }

  /** The setup and the catalogue: the latest load's answer, a refusal, or a thrown error. */
  private readonly loader = new Loader(
    this,
    async () => {
      const api = this.api;
      if (!api) return;
      this.setup = undefined;
      const loaded = await Promise.all([api.get(), api.countries(), api.timeZones(), api.telephonyOptions()]);
      return (
        (loaded.find((result) => result.problem) as { problem: ApiProblem } | undefined) ?? { data: loaded }
      );
    },
    ([setup, countries, timeZones, telephony]) => {
      this.catalog = { countries: countries.data!, timeZones: timeZones.data!, telephony: telephony.data! };
      this.apply(setup.data!);
    },
    this.retryAfter,
  );

  /** Loads the setup and the catalogue; also the "Try again" of a failed load. */
  load() {
    this.problem = undefined;
    return this.loader.run();
  }

  private apply(next: Setup) {
    const previous = this.setup;
    this.setup = next;
    if (previous && previous.currentStep !== next.currentStep) {
      this.emit(new OnrampSetupStepChangeEvent(next.currentStep));
      this.announcement = this.stepLabel(next.currentStep);
      void this.focusStepHeading();
    }
    // A stage starting is said once; the percent between polls never is (the progress bar shows it).
    const stage = next.status === 'provisioning' ? next.provisioning?.stage : null;
    if (stage && previous?.status === 'provisioning' && previous.provisioning?.stage !== stage)
      this.announcement = this.localize.t('wizard.provisioning.stageNow', {
        stage: stageName(stage, this.localize),
      });
    if (next.status === 'completed' && previous && previous.status !== 'completed') {
      this.emit(new OnrampSetupCompleteEvent(next.orgId, next.answers.platform));
    }
    if (next.status === 'completed' && next.answers.platform === '1.0' && this.api)
      void this.tenant.load(this.api, this.orgId);
    clearTimeout(this.pollTimer);
    if (next.status === 'provisioning') {
      this.pollTimer = setTimeout(() => void this.poll(), this.pollInterval);
    }
  }

  private async poll() {
    const { signal } = this.loader;
    const result = await this.api?.get();
    if (signal?.aborted) return; // a load for other inputs started meanwhile
    if (result?.data) this.apply(result.data);
    else if (this.setup?.status === 'provisioning')
      this.pollTimer = setTimeout(() => void this.poll(), this.pollInterval);
  }

  /**
   * Whether the user is driving the wizard (base/focus-keeper.ts): focus is in it, or was until one
   * of its own buttons was disabled while busy. The wizard then keeps focus on what the action led
   * to; it never takes focus from the page.
   */
  private readonly focusKeeper = new FocusKeeper(this);

  private async focusStepHeading() {
    if (!this.focusKeeper.update()) return; // never steal focus from the host page
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
  }

  /**
   * After an action that stayed on its step: if focus was lost to the page's body (its button was
   * disabled while busy), back to that button, or to the refusal when there is one.
   */
  private async keepFocus(before: Element | null) {
    await this.updateComplete;
    if (!this.focusKeeper.update()) return;
    // A refusal is read at once; otherwise focus stays where it is if it is still in the wizard.
    const problem = this.renderRoot.querySelector<HTMLElement>('#problem');
    if (problem) return problem.focus();
    if (this.focusKeeper.within && this.shadowRoot?.activeElement !== before) return;
    const target =
      before instanceof HTMLElement && before.isConnected && !(before as HTMLButtonElement).disabled
        ? before
        : this.renderRoot.querySelector<HTMLElement>('#step-heading');
    target?.focus();
  }

  /**
   * Runs one change; the answer replaces the setup, a refusal is shown. Returns whether it worked.
   * A 429 asking for at most 3 seconds is retried once by itself (the server did not act on it, and
   * the submit keeps its Idempotency-Key); a longer one disables the actions until its `Retry-After`.
   */
  private async run(
    action: (api: SetupApi) => Promise<ApiResult<Setup>>,
    answered: () => void = () => {},
  ): Promise<boolean> {
    if (!this.api || this.busy || this.retryAfter.waiting) return false;
    const api = this.api;
    this.focusKeeper.update();
    const before = this.shadowRoot?.activeElement ?? null;
    const step = this.setup?.currentStep;
    Object.assign(this, { busy: true, problem: undefined });
    const result = await this.retryAfter.send(() => action(api));
    this.busy = false;
    answered();
    if (result.problem) {
      this.problem = result.problem;
      this.retryAfter.refused(result.problem);
      await this.keepFocus(before);
      return false;
    }
    this.apply(result.data);
    if (this.setup?.currentStep === step) await this.keepFocus(before);
    return true;
  }

  private setDraft(patch: Draft) {
    // A refusal about an answer (an incompatible country) no longer holds once that answer changes.
    if (this.problem?.field !== undefined && this.problem.field in patch) this.problem = undefined;
    this.draft = { ...this.draft, ...patch };
    writeDraft(this.orgId, this.draft);
  }

  private forget(key: keyof Draft) {
    const { [key]: _, ...rest } = this.draft;
    this.draft = rest;
    writeDraft(this.orgId, rest);
  }

  private goTo = (step: SetupStep) => void this.run((api) => api.goTo(step));

  /**
   * "Go back and edit" on Review: that step, and once it is saved, straight back to Review (not
   * through every later step), unless the change left a later step to answer.
   */
  private editing = false;
  private edit = (step: SetupStep) => {
    this.editing = true;
    this.goTo(step);
  };

  private saveCountry = async () => {
    const setup = this.setup;
    // The server's default (the domain's rule): the saved country, else the mapped order's.
    const country = this.draft.country ?? setup?.defaultCountry;
    // The order's country may not be a country of operation: the list then shows "Choose a
    // country…", and nothing is sent until one is chosen.
    if (!country || !this.catalog?.countries.some((entry) => entry.code === country)) {
      this.problem = { status: 0, reason: 'required', message: this.localize.t('wizard.required') };
      return;
    }
    if (await this.run((api) => api.saveCountry(country))) {
      this.forget('country');
      this.dialog?.showModal();
    }
  };

  private confirmCountry = async () => {
    // The dialog closes before the answer is shown: the next step's heading can then take focus
    // (nothing behind an open modal dialog can).
    const confirmed = await this.run(
      (api) => api.confirmCountry(),
      () => this.dialog?.close(),
    );
    // Move on only if the server did not already: never skip the step after the country.
    const steps = this.setup?.steps ?? [];
    const next = steps[steps.indexOf('country') + 1];
    if (confirmed && this.setup?.currentStep === 'country' && next) this.goTo(next);
  };

  /** Saves the current step's answer (where it has one), then moves to the next step. */
  private saveAndContinue = async () => {
    const setup = this.setup;
    if (!setup) return;
    const { currentStep: step, answers } = setup;
    const answerOf: Partial<Record<SetupStep, () => string | null | undefined>> = {
      time_zone: () => this.draft.timeZone ?? answers.timeZone,
      platform: () => this.draft.platform ?? answers.platform ?? setup.choices.platforms[0],
      telephony: () => (setup.telephonyLocked ? undefined : (this.draft.telephony ?? answers.telephony)),
    };
    const save = answerOf[step];
    const value = save?.() ?? undefined;
    if (save && value === undefined && !(step === 'telephony' && setup.telephonyLocked)) {
      this.problem = { status: 0, reason: 'required', message: this.localize.t('wizard.required') };
      return;
    }
    if (value !== undefined) {
      const saved = await this.run((api) =>
        step === 'time_zone'
          ? api.saveTimeZone(value)
          : step === 'platform'
            ? api.savePlatform(value as 'new_platform')
            : api.saveTelephony(value as 'webex_calling'),
      );
      if (!saved) return;
      this.forget(step === 'time_zone' ? 'timeZone' : (step as 'platform' | 'telephony'));
    }
    const steps = this.setup?.steps ?? [];
    const done = this.setup?.completedSteps ?? [];
    const later = steps.slice(steps.indexOf(step) + 1);
    // After an edit from Review: the first later step the change left unanswered, else Review.
    const next = this.editing ? later.find((s) => s === 'review' || !done.includes(s)) : later[0];
    this.editing = false;
    if (next && this.setup?.currentStep !== next) this.goTo(next);
  };

  private submit = async () => {
    const key = pendingSubmitKey(this.orgId);
    if (await this.run((api) => api.submit(key))) {
      clearSubmitKey(this.orgId);
      this.emit(new OnrampSetupSubmitEvent(this.orgId));
    }
  };

  /** The order summary PDF, saved under the name the server gives it; the keyboard stays on the button. */
  private download = async () => {
    if (!this.api) return;
    this.focusKeeper.update();
    const before = this.shadowRoot?.activeElement ?? null;
    this.busy = true;
    const result = await this.api.orderSummary();
    this.busy = false;
    if (result.problem) this.problem = result.problem;
    else {
      const url = URL.createObjectURL(result.data);
      const link = Object.assign(document.createElement('a'), { href: url, download: result.data.name });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 0);
    }
    await this.keepFocus(before);
  };

  /** Runs the tenant setup; the keyboard lands on its result (its button was disabled meanwhile). */
  private runTenantSetup = async () => {
    if (!this.api) return;
    this.focusKeeper.update();
    await this.tenant.run(this.api, this.localize);
    await this.updateComplete;
    if (this.focusKeeper.update())
      this.renderRoot.querySelector<HTMLElement>('#tenant-problem, #tenant-status')?.focus();
  };

  private stepLabel(step: SetupStep) {
    const steps = this.setup?.steps ?? [];
    return `${this.localize.t(`wizard.step.${step}`)}. ${this.localize.t('wizard.stepOf', { current: steps.indexOf(step) + 1, total: steps.length })}`;
  }

  private countryName = (code: string) => {
    try {
      return new Intl.DisplayNames(this.localize.locale, { type: 'region' }).of(code) ?? code;
    } catch {
      return code;
    }
  };

  override render() {
    return html`<section part="base" dir=${this.localize.dir} lang=${this.localize.locale} aria-labelledby="title">
      <h2 id="title">${this.localize.t('wizard.title')}</h2>
      ${this.renderBody()}
      <div class="visually-hidden" role="status" aria-live="polite" id="announcement">${this.announcement}</div>
    </section>`;
  }

  private renderBody() {
    if (!this.api) return html`<p>${this.localize.t('wizard.notConfigured')}</p>`;
    const failed = this.loader.problem;
    if (failed) {
      // Refused (403) or no setup at all (404): trying again cannot help. A 429's wait shows the
      // time left, not live (the announcement says its start and end), as an action's does.
      const forbidden = failed.status === 403 || failed.status === 404;
      const waiting = this.retryAfter.waiting;
      return html`${
        waiting
          ? html`<p part="error" id="rate-limit">${this.localize.t('rateLimit.waitFor', { seconds: this.retryAfter.secondsLeft })}</p>`
          : html`<div role="alert" part="error">${problemMessage(this.localize, failed)}</div>`
      }
        ${forbidden ? nothing : html`<button part="button" ?disabled=${waiting} @click=${() => this.load()}>${this.localize.t('common.retry')}</button>`}`;
    }
    const { setup, catalog } = this;
    if (!setup || !catalog) return html`<p role="status">${this.localize.t('common.loading')}</p>`;
    const context: StepContext = {
      setup,
      catalog,
      draft: this.draft,
      busy: this.busy || this.retryAfter.waiting,
      problem: this.problem,
      localize: this.localize,
      countryName: this.countryName,
      setDraft: (patch) => this.setDraft(patch),
      saveCountry: this.saveCountry,
      saveAndContinue: this.saveAndContinue,
      goTo: this.goTo,
      edit: this.edit,
      submit: this.submit,
      download: this.download,
      close: () => this.emit(new OnrampSetupCloseEvent(this.orgId)),
      tenantSetup: () =>
        tenantSetupSection(
          this.tenant,
          this.localize,
          this.runTenantSetup,
          this.busy || this.retryAfter.waiting,
        ),
    };
    const waiting = this.retryAfter.waiting;
    // The country's own refusals are said beside the country (steps/country-step.ts).
    const besideCountry = ['incompatible_location', 'pstn_add_on_us_only'];
    const showProblem = this.problem && !besideCountry.includes(this.problem.reason ?? '') && !waiting;
    return html`
      <ol part="steps" aria-label=${this.localize.t('wizard.progressLabel')}>
        ${setup.steps.map(
          // Ticked once done: the step on screen is not, even when it was answered before.
          (
            step,
          ) => html`<li class=${setup.completedSteps.includes(step) && step !== setup.currentStep ? 'done' : ''}
            aria-current=${step === setup.currentStep ? 'step' : nothing}>${this.localize.t(`wizard.step.${step}`)}</li>`,
        )}
      </ol>
      <h3 id="step-heading" tabindex="-1">${this.localize.t(`wizard.step.${setup.currentStep}`)}</h3>
      <p part="help">${this.localize.t('wizard.stepOf', { current: setup.steps.indexOf(setup.currentStep) + 1, total: setup.steps.length })}</p>
      ${showProblem ? html`<p part="error" role="alert" id="problem" tabindex="-1">${problemMessage(this.localize, this.problem)}</p>` : nothing}
      ${
        // The time left is shown, not live: the live region says when the wait starts and ends.
        waiting
          ? html`<p part="error" id="rate-limit">${this.localize.t('rateLimit.waitFor', { seconds: this.retryAfter.secondsLeft })}</p>`
          : nothing
      }
      ${renderStep(context)}
      ${this.renderConfirmDialog(setup)}
    `;
  }

  private renderConfirmDialog(setup: Setup) {
    const country = this.countryName(setup.answers.country ?? '');
    return html`<dialog aria-labelledby="confirm-title" aria-describedby="confirm-body" @cancel=${() => this.dialog?.close()}>
      <h3 id="confirm-title">${this.localize.t('wizard.confirm.title')}</h3>
      <p id="confirm-body">${this.localize.t('wizard.confirm.body', { country })}</p>
      <div part="actions">
        <button part="button" autofocus @click=${() => this.dialog?.close()}>${this.localize.t('common.cancel')}</button>
        <button part="button primary" ?disabled=${this.busy} @click=${this.confirmCountry}>${this.localize.t('wizard.confirm.confirm')}</button>
      </div>
    </dialog>`;
  }
}
