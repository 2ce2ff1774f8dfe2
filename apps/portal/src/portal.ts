import '@onramp/widgets/role-editor.js';
import '@onramp/widgets/setup-prompt.js';
import '@onramp/widgets/setup-wizard.js';
import '@onramp/widgets/subscription-panel.js';
import '@onramp/widgets/status-badge.js';
import type { Me, Order, Organization, ServiceType, StartTrialRequest } from '@onramp/contract';
import { createOnrampClient, type OnrampClient } from '@onramp/sdk';
import { actorFor, actors } from './actors.js';
import { call, describeProblem } from './api.js';
import { setupStatusBadge } from './customer-status.js';
import { field, h, select } from './dom.js';
import { packageStatuses } from './packages.js';
import {
  isHttpUrl,
  languages,
  type PortalSettings,
  readSettings,
  STANDALONE_MOCK_URL,
  writeSettings,
} from './settings.js';

export type View =
  | 'customers'
  | 'trial'
  | 'orders'
  | 'setup'
  | 'admins'
  | 'subscription'
  | 'settings'
  | 'about';

export interface PortalOptions {
  /** Where the portal renders. */
  root: HTMLElement;
  /** The base URL of the mock running in this page (served by the MSW worker), e.g. `http://localhost:5173/v1`. */
  inPageBaseUrl: string;
  /** The fetch the client uses; by default the global one (which the MSW worker intercepts). Tests inject one. */
  fetch?: typeof fetch;
  /** Where settings are kept; `localStorage` by default. */
  storage?: Storage;
  /** Shown with the backend in the nav, e.g. when the in-browser mock runs without its service worker. */
  backendNote?: string;
  /** Called after the backend setting changed; by default the page reloads (to start or leave the worker). */
  onBackendChange?: (settings: PortalSettings) => void;
}

export interface Portal {
  readonly settings: PortalSettings;
  readonly view: View;
  readonly selectedOrgId: string | undefined;
  show(view: View): void;
  setActor(token: string): Promise<void>;
  /** Resolves when the data the current screen asked for has arrived. */
  settled(): Promise<void>;
}

const nav: { view: View; label: string }[] = [
  { view: 'customers', label: 'Customers' },
  { view: 'trial', label: 'Start a trial' },
  { view: 'orders', label: 'Map an order' },
  { view: 'setup', label: 'Set up services' },
  { view: 'admins', label: 'Admins and licenses' },
  { view: 'subscription', label: 'Subscription' },
];
const licenseLabel = (license: string) =>
  license === 'cc_standard' ? 'Standard' : license === 'cc_premium' ? 'Premium' : license;
const trialCountries = ['US', 'CA', 'GB', 'DE', 'FR', 'NL', 'AU', 'KW', 'IL', 'RO'];
const serviceLabels: Record<ServiceType, string> = {
  contact_center: 'Contact center',
  calling: 'Calling',
  meetings: 'Meetings',
  messaging: 'Messaging',
};

export function startPortal(options: PortalOptions): Portal {
  const { root } = options;
  const storage = options.storage ?? globalThis.localStorage;
  let settings = readSettings(storage);
  let view: View = 'customers';
  let selectedOrgId: string | undefined;
  let client: OnrampClient = makeClient();
  let me: Me | undefined;
  let meProblem: string | undefined;
  let customers: Organization[] = [];
  /** Incremented on every render: an answer for an older screen is dropped. */
  let generation = 0;
  const pending = new Set<Promise<unknown>>();

  function baseUrl() {
    return settings.backend === 'worker' ? options.inPageBaseUrl : settings.baseUrl;
  }

  function makeClient(): OnrampClient {
    return createOnrampClient({
      baseUrl: baseUrl(),
      token: settings.token,
      retry: false,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
  }

  function save(patch: Partial<PortalSettings>) {
    settings = { ...settings, ...patch };
    writeSettings(storage, settings);
  }

  /** Tracks an async load so that `settled()` can wait for it. */
  function track<T>(promise: Promise<T>): Promise<T> {
    pending.add(promise);
    void promise.finally(() => pending.delete(promise));
    return promise;
  }

  function countryName(code: string) {
    try {
      return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
    } catch {
      return code;
    }
  }

  function applyDocumentSettings() {
    const html = document.documentElement;
    html.lang = settings.lang;
    html.dir = settings.lang === 'he' ? 'rtl' : 'ltr';
    html.dataset.theme = settings.theme;
  }

  async function loadMe() {
    const result = await call(() => client.raw.GET('/me'));
    me = result.data;
    meProblem = result.problem && describeProblem(result.problem);
  }

  async function loadCustomers(): Promise<string | undefined> {
    const result = await call(() =>
      client.raw.GET('/organizations', { params: { query: { kind: 'customer', max: 100 } } }),
    );
    customers = result.data?.items ?? [];
    return result.problem && describeProblem(result.problem);
  }

  async function setActor(token: string) {
    save({ token: actorFor(token).token });
    client = makeClient();
    await track(loadMe());
    // A customer-side actor works on their own org; a partner keeps the customer they picked.
    selectedOrgId =
      me?.orgKind === 'customer' ? me.orgId : me?.orgKind === 'partner' ? selectedOrgId : undefined;
    render();
  }

  function show(next: View) {
    view = next;
    render();
  }

  function selectCustomer(orgId: string, next?: View) {
    selectedOrgId = orgId;
    if (next) view = next;
    render();
  }

  // ---- the frame ----

  function render() {
    generation++;
    applyDocumentSettings();
    const content = h('main', { id: 'content', class: 'content', tabindex: '-1' });
    root.replaceChildren(renderHeader(), h('div', { class: 'layout' }, renderNav(), content));
    const views: Record<View, (into: HTMLElement) => void> = {
      customers: renderCustomers,
      trial: renderTrial,
      orders: renderOrders,
      setup: renderSetup,
      admins: customerWidgetView(
        'Admins and licenses',
        'Choose a customer to manage its users, admin roles and contact-center licenses.',
        (orgId) => widget('onramp-role-editor', orgId),
      ),
      subscription: customerWidgetView(
        'Subscription',
        'Choose a customer to see its subscription, provisioning status and services.',
        (orgId) => widget('onramp-subscription-panel', orgId),
      ),
      settings: renderSettings,
      about: renderAbout,
    };
    views[view](content);
  }

  function renderHeader() {
    const actorSelect = select(
      { id: 'actor', 'aria-label': 'Signed in as' },
      actors.map((actor) => [actor.token, actor.label]),
      settings.token,
    );
    actorSelect.addEventListener('change', () => void setActor(actorSelect.value));
    const langSelect = select(
      { id: 'lang', 'aria-label': 'Language' },
      languages.map((l) => [l.code, l.label]),
      settings.lang,
    );
    langSelect.addEventListener('change', () => {
      save({ lang: langSelect.value as PortalSettings['lang'] });
      applyDocumentSettings();
    });
    const dark = settings.theme === 'dark';
    const themeButton = h(
      'button',
      { type: 'button', id: 'theme', class: 'ghost', 'aria-pressed': String(dark) },
      'Dark theme',
    );
    themeButton.addEventListener('click', () => {
      save({ theme: settings.theme === 'dark' ? 'light' : 'dark' });
      render();
    });
    const orgName = me?.orgName ?? 'Not connected';
    return h(
      'header',
      { class: 'masthead' },
      h(
        'div',
        { class: 'identity' },
        h('span', { class: 'logo', 'aria-hidden': 'true' }, orgName.slice(0, 1)),
        h(
          'div',
          {},
          h('p', { class: 'org-name', id: 'org-name' }, orgName),
          h(
            'p',
            { class: 'tagline' },
            me ? `${me.displayName} · ${me.orgKind} org · powered by Onramp` : (meProblem ?? 'Connecting…'),
          ),
        ),
      ),
      h(
        'div',
        { class: 'toolbar' },
        field('Signed in as', actorSelect),
        field('Language', langSelect),
        themeButton,
      ),
    );
  }

  function renderNav() {
    const link = (target: View, label: string) => {
      const button = h(
        'button',
        { type: 'button', class: 'nav-link', 'aria-current': view === target ? 'page' : undefined },
        label,
      );
      button.addEventListener('click', () => {
        show(target);
        root.querySelector<HTMLElement>('#content')?.focus();
      });
      return h('li', {}, button);
    };
    const selected = customers.find((org) => org.id === selectedOrgId);
    return h(
      'nav',
      { class: 'sidenav', 'aria-label': 'Portal' },
      h(
        'ul',
        {},
        nav.map((item) => link(item.view, item.label)),
      ),
      h('ul', {}, link('settings', 'Settings'), link('about', 'About')),
      selected &&
        h('p', { class: 'selected', id: 'selected-customer' }, 'Customer: ', h('strong', {}, selected.name)),
      h(
        'p',
        { class: 'backend' },
        settings.backend === 'worker'
          ? `In-browser mock${options.backendNote ? ` (${options.backendNote})` : ''}`
          : 'Base URL',
        h('br'),
        h('code', {}, baseUrl()),
      ),
    );
  }

  function alert(text: string) {
    return h('p', { class: 'alert', role: 'alert' }, text);
  }

  // ---- customers ----

  function renderCustomers(into: HTMLElement) {
    const mine = generation;
    const body = h('div', {}, h('p', { role: 'status' }, 'Loading customers…'));
    into.append(
      h('h1', {}, 'Customers'),
      h(
        'p',
        { class: 'lead' },
        'The customer organizations you manage, and where their services setup stands.',
      ),
      body,
    );
    void track(loadCustomers()).then((problem) => {
      if (mine !== generation) return;
      if (problem) return body.replaceChildren(alert(`The customers could not be loaded: ${problem}`));
      if (customers.length === 0)
        return body.replaceChildren(h('p', {}, 'No customers yet. Start a trial or map an order.'));
      // The nav shows the selected customer's name, now that it is known.
      root.querySelector('.sidenav')?.replaceWith(renderNav());
      body.replaceChildren(
        h(
          'table',
          { id: 'customers' },
          h('caption', { class: 'visually-hidden' }, 'Customers'),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['Customer', 'Country', 'Services setup', 'Platform', ''].map((t) =>
                h('th', { scope: 'col' }, t),
              ),
            ),
          ),
          h('tbody', {}, customers.map(customerRow)),
        ),
      );
    });
  }

  function customerRow(org: Organization) {
    const badge = setupStatusBadge(org.setupStatus);
    const status = h('onramp-status-badge', { tone: badge.tone }, badge.label);
    const pick = h(
      'button',
      { type: 'button', class: 'link', 'aria-pressed': String(org.id === selectedOrgId) },
      org.name,
    );
    pick.addEventListener('click', () => selectCustomer(org.id));
    const setUp = h('button', { type: 'button', class: 'secondary' }, 'Set up services');
    setUp.addEventListener('click', () => selectCustomer(org.id, 'setup'));
    return h(
      'tr',
      { class: org.id === selectedOrgId ? 'selected' : undefined },
      h('th', { scope: 'row' }, pick),
      h('td', {}, countryName(org.country)),
      h('td', {}, status),
      h(
        'td',
        {},
        org.platform === 'new_platform' ? 'Webex Contact Center' : org.platform ? org.platform : '—',
      ),
      h('td', {}, setUp),
    );
  }

  // ---- start a trial ----

  function renderTrial(into: HTMLElement) {
    const name = h('input', { name: 'customerName', required: true, autocomplete: 'organization' });
    const email = h('input', {
      name: 'customerAdminEmail',
      type: 'email',
      required: true,
      autocomplete: 'email',
    });
    const country = select(
      { name: 'country' },
      trialCountries.map((code) => [code, countryName(code)]),
      'US',
    );
    const days = select({ name: 'trialDays' }, [
      ['30', '30 days'],
      ['60', '60 days'],
      ['90', '90 days'],
    ]);
    const services = (['contact_center', 'calling'] as const).map((service) => {
      const box = h('input', { type: 'checkbox', name: 'services', value: service, checked: true });
      return { service, box, label: h('label', { class: 'check' }, box, serviceLabels[service]) };
    });
    const ccai = h('input', { type: 'checkbox', name: 'ccai' });
    const submit = h('button', { type: 'submit', class: 'primary' }, 'Start the trial');
    const message = h('div', {});
    const form = h(
      'form',
      { class: 'card form', id: 'trial-form', novalidate: true },
      field('Customer name', name),
      field('Customer admin e-mail', email, 'They receive the welcome e-mail.'),
      field('Country', country),
      field('Trial length', days),
      h(
        'fieldset',
        {},
        h('legend', {}, 'Services'),
        services.map((s) => s.label),
      ),
      h('label', { class: 'check' }, ccai, 'Contact Center AI (no time-zone step in the setup)'),
      h('div', { class: 'actions' }, submit),
      message,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!form.reportValidity()) return;
      const body: StartTrialRequest = {
        customerName: name.value.trim(),
        customerAdminEmail: email.value.trim(),
        country: country.value,
        trialDays: Number(days.value),
        services: services.filter((s) => s.box.checked).map((s) => s.service),
        ccai: ccai.checked,
      };
      submit.disabled = true;
      const mine = generation;
      void track(call(() => client.raw.POST('/trials', { body }))).then((result) => {
        if (mine !== generation) return;
        submit.disabled = false;
        if (result.problem)
          return message.replaceChildren(
            alert(`The trial was not started: ${describeProblem(result.problem)}`),
          );
        const trial = result.data;
        selectedOrgId = trial.customerOrgId;
        form.replaceWith(
          h(
            'div',
            { class: 'card' },
            h(
              'p',
              {},
              `Trial ${trial.id} for ${trial.customerName} runs until ${trial.endDate}. `,
              `The welcome e-mail went to ${trial.customerAdminEmail}.`,
            ),
            h('onramp-setup-prompt', { kind: 'trial', 'org-id': trial.customerOrgId, theme: settings.theme }),
          ),
        );
      });
    });
    into.append(
      h('h1', {}, 'Start a trial'),
      h('p', { class: 'lead' }, 'Creates the customer organization and sends its admin the welcome e-mail.'),
      form,
    );
  }

  // ---- map an order ----

  function renderOrders(into: HTMLElement) {
    const mine = generation;
    const body = h('div', {}, h('p', { role: 'status' }, 'Loading orders…'));
    into.append(
      h('h1', {}, 'Map an order'),
      h(
        'p',
        { class: 'lead' },
        'Subscription orders from the ordering tool: map each one to a customer to set it up.',
      ),
      body,
    );
    void track(
      Promise.all([
        call(() => client.raw.GET('/orders', { params: { query: { max: 100 } } })),
        loadCustomers(),
      ]),
    ).then(([orders]) => {
      if (mine !== generation) return;
      if (orders.problem)
        return body.replaceChildren(
          alert(`The orders could not be loaded: ${describeProblem(orders.problem)}`),
        );
      const mapping = h('div', {});
      const rows = orders.data.items.map((order) => {
        const badge = h(
          'onramp-status-badge',
          { tone: order.status === 'mapped' ? 'success' : 'warning' },
          order.status === 'mapped' ? 'Mapped' : 'Not mapped',
        );
        const customer = customers.find((org) => org.id === order.customerOrgId)?.name ?? '';
        let action: HTMLElement | string = customer;
        if (order.status === 'unmapped') {
          action = h(
            'button',
            { type: 'button', class: 'secondary', 'aria-label': `Map ${order.orderReference}` },
            'Map',
          );
          action.addEventListener('click', () => mapping.replaceChildren(renderMappingForm(order)));
        }
        return h(
          'tr',
          {},
          h('th', { scope: 'row', class: 'nowrap' }, order.orderReference),
          h('td', {}, order.services.map((s) => serviceLabels[s]).join(', ')),
          h('td', {}, order.licenses.map((l) => `${l.quantity} ${licenseLabel(l.license)}`).join(', ')),
          h('td', {}, countryName(order.orderCountry)),
          h('td', {}, badge),
          h('td', {}, action),
        );
      });
      body.replaceChildren(
        rows.length === 0
          ? h('p', {}, 'No orders.')
          : h(
              'table',
              { id: 'orders' },
              h('caption', { class: 'visually-hidden' }, 'Orders'),
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  ['Order', 'Services', 'Licenses', 'Country', 'Status', 'Customer'].map((t) =>
                    h('th', { scope: 'col' }, t),
                  ),
                ),
              ),
              h('tbody', {}, rows),
            ),
        mapping,
      );
    });
  }

  function renderMappingForm(order: Order) {
    const existing = h('input', {
      type: 'radio',
      name: 'target',
      value: 'existing',
      checked: customers.length > 0,
    });
    const fresh = h('input', {
      type: 'radio',
      name: 'target',
      value: 'new',
      checked: customers.length === 0,
    });
    const customer = select(
      { name: 'customerOrgId' },
      customers.map((org) => [org.id, org.name]),
      selectedOrgId,
    );
    const name = h('input', { name: 'name', autocomplete: 'organization' });
    const email = h('input', { name: 'adminEmail', type: 'email', autocomplete: 'email' });
    const country = select(
      { name: 'country' },
      [...new Set([order.orderCountry, ...trialCountries])].map((code) => [code, countryName(code)]),
      order.orderCountry,
    );
    const submit = h('button', { type: 'submit', class: 'primary' }, 'Map the order');
    const message = h('div', {});
    const form = h(
      'form',
      { class: 'card form', id: 'mapping-form' },
      h('h2', {}, `Map ${order.orderReference}`),
      h(
        'fieldset',
        {},
        h('legend', {}, 'Customer'),
        h('label', { class: 'check' }, existing, 'An existing customer'),
        customer,
        h('label', { class: 'check' }, fresh, 'A new customer'),
        field('Name', name),
        field('Admin e-mail', email),
      ),
      field('Country of the order', country),
      h('div', { class: 'actions' }, submit),
      message,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const isNew = fresh.checked;
      if (isNew && (!name.value.trim() || !email.checkValidity() || !email.value)) {
        message.replaceChildren(alert('Give the new customer a name and an admin e-mail.'));
        return;
      }
      const body = isNew
        ? { newCustomer: { name: name.value.trim(), adminEmail: email.value.trim() }, country: country.value }
        : { customerOrgId: customer.value, country: country.value };
      submit.disabled = true;
      const mine = generation;
      void track(
        call(() =>
          client.raw.POST('/orders/{orderId}/mapping', { params: { path: { orderId: order.id } }, body }),
        ),
      ).then((result) => {
        if (mine !== generation) return;
        submit.disabled = false;
        if (result.problem)
          return message.replaceChildren(
            alert(`The order was not mapped: ${describeProblem(result.problem)}`),
          );
        selectedOrgId = result.data.customerOrgId;
        form.replaceWith(
          h(
            'div',
            { class: 'card' },
            h(
              'p',
              {},
              `${result.data.orderReference} is mapped${result.data.customerCreated ? ' to a new customer' : ''}.`,
            ),
            h('onramp-setup-prompt', {
              kind: 'order',
              'org-id': result.data.customerOrgId,
              theme: settings.theme,
            }),
          ),
        );
      });
    });
    return form;
  }

  // ---- set up services ----

  /** A screen for one customer: the customer picker, then `create(orgId)` (a widget). */
  function customerWidgetView(title: string, prompt: string, create: (orgId: string) => HTMLElement) {
    return (into: HTMLElement) => {
      into.append(h('h1', {}, title));
      const mine = generation;
      const picker = h('div', {});
      into.append(picker);
      // The picker needs the customer list (also for the selected customer's name).
      void track(loadCustomers()).then(() => {
        if (mine !== generation) return;
        if (customers.length > 0) {
          const choice = select(
            { id: 'customer-picker', 'aria-label': 'Customer' },
            [['', 'Choose a customer…'], ...customers.map((org): [string, string] => [org.id, org.name])],
            selectedOrgId && customers.some((org) => org.id === selectedOrgId) ? selectedOrgId : '',
          );
          choice.addEventListener('change', () => choice.value && selectCustomer(choice.value));
          picker.replaceChildren(field('Customer', choice));
        }
        root.querySelector('.sidenav')?.replaceWith(renderNav());
      });
      if (!selectedOrgId) {
        into.append(h('p', {}, prompt));
        return;
      }
      into.append(create(selectedOrgId));
    };
  }

  /** A widget for the selected customer, talking through the portal's client. */
  function widget(
    tag: 'onramp-role-editor' | 'onramp-subscription-panel' | 'onramp-setup-wizard',
    orgId: string,
  ) {
    const element = document.createElement(tag);
    Object.assign(element, { client, orgId, theme: settings.theme });
    return element;
  }

  // ---- set up services ----

  const renderSetup = customerWidgetView(
    'Set up services',
    'Choose a customer to open its services setup wizard.',
    (orgId) => {
      const wizard = widget('onramp-setup-wizard', orgId);
      wizard.addEventListener('onramp-setup-close', () => show('customers'));
      wizard.addEventListener('onramp-setup-complete', () => {
        wizard.after(
          h(
            'p',
            { class: 'notice', role: 'status' },
            'Services are set up. The customer list shows the customer as active.',
          ),
        );
      });
      return wizard;
    },
  );

  // ---- settings ----

  function renderSettings(into: HTMLElement) {
    const worker = h('input', {
      type: 'radio',
      name: 'backend',
      value: 'worker',
      checked: settings.backend === 'worker',
    });
    const url = h('input', {
      type: 'radio',
      name: 'backend',
      value: 'url',
      checked: settings.backend === 'url',
    });
    const baseUrlInput = h('input', {
      name: 'baseUrl',
      type: 'url',
      value: settings.baseUrl,
      id: 'base-url',
    });
    const message = h('div', {});
    const form = h(
      'form',
      { class: 'card form', id: 'settings-form' },
      h(
        'fieldset',
        {},
        h('legend', {}, 'Where the portal sends its requests'),
        h(
          'label',
          { class: 'check' },
          worker,
          'The mock in this page (MSW service worker at ',
          h('code', {}, options.inPageBaseUrl),
          ')',
        ),
        h('label', { class: 'check' }, url, 'Another base URL'),
        field(
          'Base URL',
          baseUrlInput,
          `The standalone mock: ${STANDALONE_MOCK_URL} (node packages/mock-server/dist/cli.js --port 4010).`,
        ),
      ),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Save')),
      message,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const backend = url.checked ? 'url' : 'worker';
      const value = baseUrlInput.value.trim().replace(/\/+$/, '');
      if (backend === 'url' && !isHttpUrl(value)) {
        message.replaceChildren(alert('Enter an http(s) URL, e.g. http://localhost:4010/v1.'));
        return;
      }
      const changed = backend !== settings.backend || (backend === 'url' && value !== settings.baseUrl);
      save({ backend, baseUrl: backend === 'url' ? value : settings.baseUrl });
      if (!changed) return message.replaceChildren(h('p', { role: 'status' }, 'Saved.'));
      (options.onBackendChange ?? (() => location.reload()))(settings);
    });
    into.append(h('h1', {}, 'Settings'), form);
  }

  // ---- about ----

  function renderAbout(into: HTMLElement) {
    into.append(
      h('h1', {}, 'About'),
      h(
        'p',
        { class: 'lead' },
        'A demo partner portal built from the Onramp kit. What the kit is made of, and how far each piece has come:',
      ),
      h(
        'table',
        { id: 'packages' },
        h('caption', { class: 'visually-hidden' }, 'Onramp packages and their status'),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['Package', 'What it is', 'Status'].map((t) => h('th', { scope: 'col' }, t)),
          ),
        ),
        h(
          'tbody',
          {},
          packageStatuses.map((pkg) =>
            h(
              'tr',
              {},
              h('td', {}, h('code', {}, pkg.name)),
              h('td', {}, pkg.summary),
              h('td', {}, h('onramp-status-badge', { tone: pkg.tone }, pkg.status)),
            ),
          ),
        ),
      ),
    );
  }

  // The prompts' answers (bubbling, composed): Yes/Next opens the wizard, Not now goes back to the list.
  root.addEventListener('onramp-setup-requested', (event) => selectCustomer(event.orgId, 'setup'));
  root.addEventListener('onramp-setup-close', (event) => {
    if ((event.target as Element).localName === 'onramp-setup-prompt') show('customers');
  });

  render();
  void setActor(settings.token);

  return {
    get settings() {
      return settings;
    },
    get view() {
      return view;
    },
    get selectedOrgId() {
      return selectedOrgId;
    },
    show,
    setActor,
    async settled() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}
