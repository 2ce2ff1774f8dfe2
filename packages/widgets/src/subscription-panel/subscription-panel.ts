import type { Customer } from '@onramp/contract';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { ApiProblem, ApiResult, ClientContext } from '../api/client.js';
import { OnrampApiElement } from '../base/api-element.js';
import { Loader } from '../base/loader.js';
import { onDemand } from '../base/on-demand.js';
import { OnrampElement } from '../base/onramp-element.js';
import { OnrampSubscriptionStatusChangeEvent } from '../events/subscription-status-change.js';
import { customerOnboardingCatalogue } from '../i18n/catalogues/customer-onboarding.js';
import { problemsCatalogue } from '../i18n/catalogues/problems.js';
import { productsCatalogue } from '../i18n/catalogues/products.js';
import { subscriptionPanelCatalogue } from '../i18n/catalogues/subscription-panel.js';
import { commonProblemMessage as problemMessage } from '../i18n/problem-message.js';
import { panelStyles } from '../styles/panel.js';
import '../status-badge/onramp-status-badge.js';
import type { OnrampStatusBadge } from '../status-badge/status-badge.js';
import { renderAccount } from './account-sections.js';
import type { AddressEditor } from './address-editor.js';
import { renderAddressSection } from './address-section.js';
import { LIVE_STATUSES, renderLifecycle } from './lifecycle-section.js';
import {
  type AccountViews,
  mayManageWholesale,
  type PanelApi,
  type PanelSdk,
  panelApi,
  panelSdk,
} from './panel-api.js';
import { subscriptionPanelStyles } from './subscription-panel.styles.js';
import { renderSummary } from './summary-section.js';

/** The billing address editor, loaded at the first *Change* (decision 0073). */
const addressEditor = onDemand(() => import('./address-editor.js'));
/**
 * @summary A customer's subscriptions and onboarding (DOMAIN §2.3 Account and Monitoring, §3): trial
 * or subscription, license and package usage, add-ons, the wholesale lifecycle with its timeline and
 * the default call-in number, platform, service status (the digital services among them) and role sync.
 * The one change it offers, to partner admins who may manage wholesale customers, is the billing
 * address of a provisioned customer (which re-runs the RPL check, DOMAIN §3.2). While the customer is
 * provisioning, updating or under RPL review it polls and announces status changes politely.
 *
 * @event onramp-subscription-status-change - The wholesale customer's status changed (`event.status`).
 *
 * @csspart base - The panel's frame.
 * @csspart summary - The summary cards above the sections (status, trial or subscription, dates, platform, administrators).
 * @csspart section - Each section (lifecycle, account).
 * @csspart facts - Term/value lists.
 * @csspart table - Usage tables.
 * @csspart groups - The service status, a group per state.
 * @csspart list - The services of a state, and the administrators (a row each).
 * @csspart timeline - The lifecycle timeline.
 * @csspart error - Error messages.
 *
 * @cssproperty --onramp-subscription-panel-max-width - The panel's maximum width (default 52rem).
 */
export class OnrampSubscriptionPanel extends OnrampApiElement<
  'customers' | 'permissions' | 'subscriptions' | 'organizations' | 'setup' | 'users'
> {
  static override styles = [...OnrampElement.styles, panelStyles, subscriptionPanelStyles];
  /**
   * The address editor reuses the onboarding form's address fields and their messages; a refused
   * call may be a 429 (its wait is said with the common rate-limit messages).
   */
  static override catalogues = [
    productsCatalogue,
    subscriptionPanelCatalogue,
    customerOnboardingCatalogue,
    problemsCatalogue,
  ];

  static override properties: PropertyDeclarations = {
    orgId: { attribute: 'org-id' },
    customerId: { attribute: 'customer-id' },
    pollInterval: { type: Number, attribute: 'poll-interval' },
    customer: { state: true },
    account: { state: true },
    accountProblem: { state: true },
    announcement: { state: true },
    mayChange: { state: true },
  };

  /** The customer organization; defaults to the wholesale customer's `orgId`. */
  orgId = '';
  /** The wholesale customer id, to show its onboarding lifecycle. */
  customerId = '';
  /** How often to poll while the customer's status moves on by itself, in milliseconds. */
  pollInterval = 5000;

  private customer?: Customer;
  private account?: AccountViews;
  private accountProblem?: ApiProblem;
  private announcement = '';
  /** Whether the signed-in user may change the customer (the billing address). */
  private mayChange = false;

  /** *Change billing address*, once its code is loaded (at the first *Change*, decision 0073). */
  private addressEditor?: AddressEditor;
  /** The editor's code did not arrive at *Change* (the connection dropped). */
  private addressFailed = false;

  private changeAddress = async () => {
    const loaded = await addressEditor().catch(() => undefined);
    this.addressFailed = !loaded;
    this.requestUpdate();
    if (!loaded || !this.customer) return;
    this.addressEditor ??= new loaded.AddressEditor(
      this,
      this.localize,
      // The editor is shown for a loaded customer alone, so with a client.
      (customer, address) => this.api!.updateAddress(customer, address),
      // Follow the customer at once: the address re-ran the RPL check (DOMAIN §3.2).
      () => void this.poll(),
    );
    this.addressEditor.start(this.customer);
  };

  private api?: PanelApi;
  private pollTimer?: ReturnType<typeof setTimeout>;

  /** The quick start's client: the resources this component calls, alone. */
  protected override quickStart(ctx: ClientContext): PanelSdk {
    return panelSdk(ctx);
  }

  /**
   * The status badges in the panel follow its colour scheme: a badge's own tokens would otherwise
   * follow the page's (light badges in a panel with `theme="dark"`).
   */
  override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    for (const badge of this.renderRoot.querySelectorAll<OnrampStatusBadge>('onramp-status-badge'))
      badge.theme = this.theme;
  }

  override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    const inputs = ['client', 'baseUrl', 'token', 'orgId', 'customerId'] as const;
    if (inputs.some((key) => changed.has(key))) {
      const client = this.sdk;
      this.api = client && (this.orgId || this.customerId) ? panelApi(client) : undefined;
      void this.load();
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.pollTimer);
  }

  override connectedCallback() {
    super.connectedCallback();
    if (this.customer && LIVE_STATUSES.includes(this.customer.status ?? 'provisioned')) this.schedulePoll();
  }

  /**
   * The customer, what the signed-in user may do, and the account: the latest load's answer, or the
   * panel's problem (the customer's, or the account's when there is no customer; a thrown error too).
   */
  private readonly loader = new Loader(
    this,
    async () => {
      const api = this.api;
      if (!api) return;
      clearTimeout(this.pollTimer);
      // The title names the customer: not the previous one while this one loads. The rest waits for `done`.
      this.customer = undefined;
      const [customer, me] = this.customerId
        ? await Promise.all([api.customer(this.customerId), api.me()])
        : [undefined, undefined];
      if (customer?.problem) return customer;
      const orgId = this.orgId || customer?.data.orgId;
      const account = orgId ? await api.account(orgId) : undefined;
      // Without a customer the account is all there is: its failure is the panel's failure.
      if (!customer && account?.problem) return account;
      return { data: { customer: customer?.data, me: me?.data, account } };
    },
    ({ customer, me, account }) => {
      this.mayChange = me ? mayManageWholesale(me) : false;
      this.customer = customer;
      this.showAccount(account);
      this.schedulePoll();
    },
  );

  /** Loads everything; also the "Try again" of a failed load. */
  load() {
    return this.loader.run();
  }

  private showAccount(result: ApiResult<AccountViews> | undefined) {
    this.account = result?.data;
    this.accountProblem = result?.problem;
  }

  private schedulePoll() {
    clearTimeout(this.pollTimer);
    const status = this.customer?.status;
    if (status && LIVE_STATUSES.includes(status) && this.isConnected)
      this.pollTimer = setTimeout(() => void this.poll(), this.pollInterval);
  }

  private async poll() {
    const api = this.api;
    const previous = this.customer;
    if (!api || !previous?.id) return;
    const { signal } = this.loader;
    const stale = () => signal?.aborted; // a load for other inputs started meanwhile
    const result = await api.customer(previous.id);
    if (stale()) return;
    // A failed poll keeps what is shown and tries again at the next tick.
    if (result.data) {
      this.customer = result.data;
      const [before, after] = [previous.status, result.data.status];
      if (before && after && before !== after) {
        this.announcement = this.localize.t('panel.statusChanged', {
          status: this.localize.t(`status.${after}`),
        });
        this.emit(new OnrampSubscriptionStatusChangeEvent(previous.id, after, before));
        // Services and packages follow the lifecycle.
        const orgId = this.orgId || result.data.orgId;
        const account = orgId && (await api.account(orgId));
        if (stale()) return;
        if (account) this.showAccount(account);
      }
    }
    this.schedulePoll();
  }

  private countryName = (code: string) => {
    try {
      return new Intl.DisplayNames(this.localize.locale, { type: 'region' }).of(code) ?? code;
    } catch {
      return code;
    }
  };

  override render() {
    return html`<section part="base" dir=${this.localize.dir} lang=${this.localize.locale} aria-labelledby="title" aria-busy=${this.loader.pending ? 'true' : 'false'}>
      <h2 id="title">${this.customer?.customerInfo?.name ? html`<bdi>${this.customer.customerInfo.name}</bdi>` : this.localize.t('panel.title')}</h2>
      ${this.renderBody()}
      <div class="visually-hidden" role="status" aria-live="polite" id="live">${this.announcement}</div>
    </section>`;
  }

  private renderBody() {
    const { localize } = this;
    if (!this.api) return html`<p>${localize.t('panel.notConfigured')}</p>`;
    const { problem } = this.loader;
    if (problem)
      // A refusal (403) does not change by trying again: no Try again then.
      return html`<p role="alert" part="error">${problemMessage(localize, problem)}</p>
        ${
          problem.status === 403
            ? nothing
            : html`<button part="button" @click=${() => this.load()}>${localize.t('common.retry')}</button>`
        }`;
    if (this.loader.pending) return html`<p>${localize.t('common.loading')}</p>`;
    const context = {
      localize,
      countryName: this.countryName,
      withUsage: !!this.account?.subscriptions.packages.length,
    };
    return html`
      ${renderSummary(this.customer, this.account, localize)}
      ${this.customer ? renderLifecycle(this.customer, context) : nothing}
      ${
        this.customer
          ? renderAddressSection(this.customer, localize, this.mayChange, {
              notice: this.addressEditor?.notice ?? '',
              form: this.addressEditor?.formFor(this.customer, localize),
              change: this.changeAddress,
              prefetch: addressEditor.prefetch,
              failed: this.addressFailed,
            })
          : nothing
      }
      ${this.account ? renderAccount(this.account, localize) : nothing}
      ${
        this.accountProblem
          ? html`<p part="help" id="account-problem">${
              this.accountProblem.status === 404
                ? localize.t('panel.accountPending')
                : problemMessage(localize, this.accountProblem)
            }</p>`
          : nothing
      }`;
  }
}
