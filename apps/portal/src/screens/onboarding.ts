import '@onramp/widgets/customer-onboarding.js';
import '@onramp/widgets/status-badge.js';
import '@onramp/widgets/subscription-panel.js';
import type { CustomerStatus, EffectivePermissions } from '@onramp/contract';
import { customerStatusTone, type Messages, type OnrampSubscriptionPanel } from '@onramp/widgets';
import { call } from '../api.js';
import type { ScreenContext } from '../context.js';
import { h } from '../dom.js';
import { type MockClock, type MockControl, mockControl } from '../mock-control.js';
import { knownPermissions, ownPermissions, refusalNotice, refusalOf } from '../permissions.js';
import { canDecideRpl, customerStatusLabels, recordStatus } from '../watch.js';
import { renderDemoControls } from './demo-controls.js';
import { partnerOnlyNotice } from './partner-only.js';

/** Onboard a wholesale customer, then follow it live; partner actors only (the others are told why). */
export function renderOnboarding(into: HTMLElement, context: ScreenContext) {
  const { t } = context;
  into.append(
    h('h1', { tabindex: '-1' }, t('onboarding.title')),
    h('p', { class: 'lead' }, t('onboarding.lead')),
  );
  if (partnerOnlyNotice(into, context, 'onboarding.partnerOnly')) return;
  const body = h('div', {});
  into.append(body);
  const show = (permissions: EffectivePermissions | undefined) => {
    // A read-only admin is told before filling the form that it would be refused.
    const refused = refusalOf(permissions, 'manage_wholesale');
    if (refused) return body.replaceChildren(refusalNotice(context, refused));
    // The session (form, watched customer, demo state) outlives a language switch.
    const session = context.keep('onboarding-session', () => new OnboardingSession(context));
    session.context = context;
    body.replaceChildren(session.element);
    session.render();
  };
  // Known already (a re-render, a language switch): drawn at once, what was typed stays in place.
  const known = context.me && knownPermissions(context.client, context.me.orgId);
  if (known) return show(known);
  void context.track(ownPermissions(context)).then((permissions) => {
    if (!context.isCurrent()) return;
    show(permissions);
    context.drawn();
  });
}

interface Watched {
  customerId: string;
  history: CustomerStatus[];
  panel: OnrampSubscriptionPanel;
}

class OnboardingSession {
  readonly element = h('div', { class: 'onboarding' });
  private form = this.newForm();
  private watched?: Watched;
  private readonly control: MockControl;
  /** The mock's clock, once the control API answered: until then (or never, on a real API) no demo controls. */
  private clock?: MockClock;
  private result?: { ok: boolean; text: string };
  /** The widgets' status labels in the language they were loaded for. */
  private labels?: { lang: string; messages: Messages };

  constructor(public context: ScreenContext) {
    this.control = mockControl(context.baseUrl, context.fetch);
    void context.track(this.control.clock()).then((answer) => {
      if (!answer.data) return;
      this.clock = answer.data;
      this.render();
    });
  }

  private newForm() {
    const form = document.createElement('onramp-customer-onboarding');
    form.client = this.context.client;
    form.addEventListener('onramp-customer-accepted', (event) => void this.watch(event.customerId));
    return form;
  }

  private async watch(customerId: string) {
    const panel = document.createElement('onramp-subscription-panel');
    Object.assign(panel, {
      client: this.context.client,
      customerId,
      pollInterval: this.context.watchPollMs,
    });
    panel.addEventListener('onramp-subscription-status-change', (event) => this.record(event.status));
    this.watched = { customerId, history: [], panel };
    await this.loadLabels();
    await this.refresh();
    // The form is gone: the keyboard and the screen reader go on with what replaced it.
    this.element.querySelector<HTMLElement>('#watch-title')?.focus();
  }

  private record(status: CustomerStatus) {
    if (!this.watched) return;
    const history = recordStatus(this.watched.history, status);
    if (history.length === this.watched.history.length) return;
    this.watched.history = history;
    this.render();
  }

  /** Reads the watched customer's status (and the clock) now, and has the panel show the same. */
  private async refresh() {
    const watched = this.watched;
    if (!watched) return this.render();
    const [customer, clock] = await this.context.track(
      Promise.all([
        call(this.context.client.customers.get(watched.customerId)),
        this.clock ? this.control.clock() : Promise.resolve(undefined),
      ]),
    );
    if (clock?.data) this.clock = clock.data;
    const status = customer.data?.status;
    if (status && watched === this.watched) {
      watched.history = recordStatus(watched.history, status);
      if (watched.panel.isConnected) void watched.panel.load();
    }
    this.render();
  }

  /** The status labels of the current language (a switch loads the new ones, then draws again). */
  private async loadLabels() {
    const { lang } = this.context;
    if (this.labels?.lang === lang) return;
    const messages = await this.context.track(customerStatusLabels(lang));
    this.labels = { lang, messages };
  }

  private onDemoAction = (result: { ok: boolean; text: string }) => {
    this.result = result;
    void this.refresh();
  };

  render() {
    const { t, settings } = this.context;
    this.form.theme = settings.theme;
    if (this.watched) this.watched.panel.theme = settings.theme;
    const parts: HTMLElement[] = [];
    const watched = this.watched;
    if (watched && this.labels?.lang !== this.context.lang) void this.loadLabels().then(() => this.render());
    if (watched) {
      const again = h('button', { type: 'button', class: 'secondary' }, t('onboarding.another'));
      again.addEventListener('click', () => {
        Object.assign(this, { watched: undefined, result: undefined, form: this.newForm() });
        this.render();
        void this.form.updateComplete.then(() =>
          this.form.shadowRoot?.querySelector<HTMLInputElement>('input')?.focus(),
        );
      });
      parts.push(
        h(
          'section',
          { class: 'watch', id: 'watch', 'aria-labelledby': 'watch-title' },
          h('h2', { id: 'watch-title', tabindex: '-1' }, t('onboarding.watchTitle')),
          h('h3', { id: 'history-title' }, t('onboarding.history')),
          h(
            'ol',
            { id: 'status-history', class: 'history', 'aria-labelledby': 'history-title' },
            watched.history.map((status) =>
              h(
                'li',
                { 'data-status': status },
                h(
                  'onramp-status-badge',
                  { tone: customerStatusTone[status] },
                  this.labels?.messages[`status.${status}`] ?? '',
                ),
              ),
            ),
          ),
          watched.panel,
          h('div', { class: 'actions' }, again),
        ),
      );
    } else parts.push(this.form);
    if (this.clock)
      parts.push(
        renderDemoControls(
          {
            clock: this.clock,
            rplCustomerId: canDecideRpl(watched?.history.at(-1)) ? watched?.customerId : undefined,
            result: this.result,
          },
          this.control,
          this.context,
          this.onDemoAction,
        ),
      );
    const active = this.element.contains(document.activeElement)
      ? (document.activeElement as HTMLElement)
      : undefined;
    const focused = active?.dataset.action ?? (active?.id ? `#${active.id}` : undefined);
    this.element.replaceChildren(...parts);
    if (focused) this.restoreFocus(focused);
  }

  /**
   * The re-render replaced the focused element (a button by its `data-action`, else by its id):
   * focus its successor, or, where that button is now disabled, the action's result.
   */
  private restoreFocus(key: string) {
    const again = this.element.querySelector<HTMLButtonElement>(
      key.startsWith('#') ? key : `[data-action="${key}"]`,
    );
    (again && !again.disabled ? again : this.element.querySelector<HTMLElement>('#demo-result'))?.focus();
  }
}
