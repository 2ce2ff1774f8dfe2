import type { Me, Organization } from '@onramp/contract';
import { createOnrampClient, type OnrampClient } from '@onramp/sdk';
import { actorFor } from './actors.js';
import { call, describeProblem } from './api.js';
import type { Screen, ScreenContext, View } from './context.js';
import { h } from './dom.js';
import { renderHeader } from './header.js';
import { directionOf, translator } from './i18n/index.js';
import { mockControl } from './mock-control.js';
import { renderNav } from './nav.js';
import { browserHistory, type RouteHistory, routeFromUrl, urlOf } from './route.js';
import { renderAbout } from './screens/about.js';
import { renderAdmins } from './screens/admins.js';
import { renderCustomers } from './screens/customers.js';
import { renderOnboarding } from './screens/onboarding.js';
import { renderOrders } from './screens/orders.js';
import { renderSettings } from './screens/settings.js';
import { renderSetup } from './screens/setup.js';
import { renderSubscription } from './screens/subscription.js';
import { renderTrial } from './screens/trial.js';
import { type PortalSettings, readSettings, writeSettings } from './settings.js';

export type { View };

/**
 * Where the keyboard goes once a render has drawn it: the control that asked for the render, drawn
 * anew (by its id), or the screen's heading after a navigation.
 */
type FocusTarget = { id: string } | 'heading';

export interface PortalOptions {
  /** Where the portal renders. */
  root: HTMLElement;
  /** The base URL of the mock running in this page (served by the MSW worker), e.g. `http://localhost:5173/v1`. */
  inPageBaseUrl: string;
  /** The fetch the client uses; by default the global one (which the MSW worker intercepts). Tests inject one. */
  fetch?: typeof fetch;
  /** Where settings are kept; `localStorage` by default. */
  storage?: Storage;
  /** The in-page mock answers without its service worker (the nav says so). */
  mockWithoutWorker?: boolean;
  /** How often a watched wholesale customer is polled (ms); 2 s by default (a virtual 2 min at the mock's speed). */
  watchPollMs?: number;
  /** Called after the backend setting changed; by default the page reloads (to start or leave the worker). */
  onBackendChange?: (settings: PortalSettings) => void;
  /** The address bar (screen and customer, decisions/0038); the browser's by default. Tests inject one. */
  history?: RouteHistory;
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

const screens: Record<View, Screen> = {
  customers: renderCustomers,
  trial: renderTrial,
  orders: renderOrders,
  setup: renderSetup,
  admins: renderAdmins,
  subscription: renderSubscription,
  onboarding: renderOnboarding,
  settings: renderSettings,
  about: renderAbout,
};

/** The shell: state, the frame (header, nav, main) and the router over `screens`. */
export function startPortal(options: PortalOptions): Portal {
  const { root } = options;
  const storage = options.storage ?? globalThis.localStorage;
  const fetcher = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  let settings = readSettings(storage);
  const addressBar = options.history ?? browserHistory();
  // A reload or a link opens the screen and customer it names.
  let { view, orgId: selectedOrgId } = routeFromUrl(addressBar.current());
  let client: OnrampClient = makeClient();
  let me: Me | undefined;
  let meProblem: string | undefined;
  let customers: Organization[] = [];
  /** Incremented on every render: an answer for an older screen is dropped. */
  let generation = 0;
  const pending = new Set<Promise<unknown>>();
  /** Elements and sessions a screen keeps across its re-renders (language, theme, selection). */
  let kept = new Map<string, unknown>();
  const t = () => translator(settings.lang);

  function baseUrl() {
    return settings.backend === 'worker' ? options.inPageBaseUrl : settings.baseUrl;
  }

  function makeClient(): OnrampClient {
    return createOnrampClient({ baseUrl: baseUrl(), token: settings.token, retry: false, fetch: fetcher });
  }

  function save(patch: Partial<PortalSettings>) {
    settings = { ...settings, ...patch };
    writeSettings(storage, settings);
  }

  function track<T>(promise: Promise<T>): Promise<T> {
    pending.add(promise);
    void promise.finally(() => pending.delete(promise));
    return promise;
  }

  async function loadCustomers(): Promise<string | undefined> {
    const result = await call(client.organizations.list({ kind: 'customer', max: 100 }));
    customers = result.data?.items ?? [];
    return result.problem && describeProblem(result.problem, t());
  }

  async function setActor(token: string, focus?: FocusTarget) {
    save({ token: actorFor(token).token });
    client = makeClient();
    kept = new Map();
    const result = await track(call(client.permissions.me()));
    me = result.data;
    meProblem = result.problem && describeProblem(result.problem, t());
    // A customer-side actor works on their own org; a partner keeps the customer they picked.
    selectedOrgId =
      me?.orgKind === 'customer' ? me.orgId : me?.orgKind === 'partner' ? selectedOrgId : undefined;
    syncAddress('replace');
    render(focus);
  }

  /**
   * Writes the screen and customer into the address bar: a new entry for what the user did (Back
   * undoes it), the same entry for what followed by itself (the actor's own org after sign-in).
   */
  function syncAddress(mode: 'push' | 'replace') {
    const current = addressBar.current();
    const next = urlOf({ view, orgId: selectedOrgId }, current);
    if (next === `${current.pathname}${current.search}${current.hash}`) return;
    addressBar[mode](next);
  }

  /** A navigation: the keyboard goes on at the new screen's heading. */
  function show(next: View) {
    if (next !== view) kept = new Map();
    view = next;
    syncAddress('push');
    render('heading');
  }

  function select(orgId: string, next?: View, refocus?: string) {
    selectedOrgId = orgId;
    if (next) return show(next);
    syncAddress('push');
    render(refocus ? { id: refocus } : undefined);
  }

  /** Back or Forward: the screen and customer of that entry (a customer-side actor keeps their own). */
  addressBar.onPop(() => {
    const route = routeFromUrl(addressBar.current());
    if (route.view !== view) kept = new Map();
    view = route.view;
    if (me?.orgKind !== 'customer') selectedOrgId = route.orgId;
    render('heading');
  });

  /** The in-browser mock back to its seed (and the kept world with it): the customer list, afresh. */
  async function resetDemoData() {
    const result = await track(mockControl(baseUrl(), fetcher).reset());
    if (result.problem) return describeProblem(result.problem, t());
    kept = new Map();
    view = 'customers';
    if (me?.orgKind !== 'customer') selectedOrgId = undefined;
    syncAddress('push');
    render('heading');
    return undefined;
  }

  /**
   * Gives the focus to `target` once this render (`mine`) has drawn it: called right after the
   * screen's first draw and again by the screen after each later draw (`ScreenContext.drawn`), until
   * it is there. Only while the keyboard has nowhere else to be (its control was drawn anew), and
   * only for the render that asked.
   */
  function focusPlacer(mine: number, target: FocusTarget | undefined) {
    let wanted = target;
    return () => {
      if (!wanted || mine !== generation) return;
      const active = document.activeElement;
      if (active && active !== document.body && active.isConnected) return;
      const element =
        wanted === 'heading'
          ? root.querySelector<HTMLElement>('#content h1')
          : root.querySelector<HTMLElement>(`#${CSS.escape(wanted.id)}`);
      if (!element) return;
      wanted = undefined;
      element.focus();
    };
  }

  function applyDocumentSettings() {
    const html = document.documentElement;
    html.lang = settings.lang;
    html.dir = directionOf(settings.lang);
    html.dataset.theme = settings.theme;
    document.title = t()('app.title');
  }

  function nav() {
    const backend =
      settings.backend === 'url'
        ? 'nav.backendUrl'
        : options.mockWithoutWorker
          ? 'nav.backendMockInPage'
          : 'nav.backendMock';
    return renderNav({
      view,
      t: t(),
      selectedName: customers.find((org) => org.id === selectedOrgId)?.name,
      backend: t()(backend),
      baseUrl: baseUrl(),
      hrefOf: (target) => urlOf({ view: target, orgId: selectedOrgId }, addressBar.current()),
      onShow: show,
      onResetDemo: settings.backend === 'worker' ? resetDemoData : undefined,
    });
  }

  function context(mine: number, drawn: () => void): ScreenContext {
    return {
      client,
      get settings() {
        return settings;
      },
      lang: settings.lang,
      t: (key, params) => t()(key, params),
      me,
      selectedOrgId,
      baseUrl: baseUrl(),
      inPageBaseUrl: options.inPageBaseUrl,
      fetch: fetcher,
      watchPollMs: options.watchPollMs ?? 2000,
      customers: () => customers,
      loadCustomers,
      track,
      isCurrent: () => mine === generation,
      select,
      show,
      drawn,
      remember(orgId) {
        selectedOrgId = orgId;
        syncAddress('replace');
        void track(loadCustomers()).then(() => mine === generation && refreshNav());
      },
      refreshNav,
      keep<T>(key: string, create: () => T): T {
        if (!kept.has(key)) kept.set(key, create());
        return kept.get(key) as T;
      },
      countryName: (code) => countryName(code, settings.lang),
      saveSettings: save,
      onBackendChange: (next) => (options.onBackendChange ?? (() => location.reload()))(next),
    };
  }

  function refreshNav() {
    root.querySelector('.sidenav')?.replaceWith(nav());
  }

  function render(focus?: FocusTarget) {
    const mine = ++generation;
    applyDocumentSettings();
    const content = h('main', { id: 'content', class: 'content', tabindex: '-1' });
    const header = renderHeader({
      settings,
      t: t(),
      me,
      meProblem,
      // The controls of the masthead are drawn anew: the keyboard stays on the one used.
      onActor: (token) => void setActor(token, { id: 'actor' }),
      onLanguage: (lang) => {
        save({ lang });
        render({ id: 'lang' });
      },
      onTheme: (theme) => {
        save({ theme });
        render({ id: 'theme' });
      },
    });
    root.replaceChildren(header, h('div', { class: 'layout' }, nav(), content));
    const placeFocus = focusPlacer(mine, focus);
    screens[view](content, context(mine, placeFocus));
    placeFocus();
  }

  // The prompts' answers (bubbling, composed): Yes/Next opens the wizard, Not now goes back to the list.
  root.addEventListener('onramp-setup-requested', (event) => select(event.orgId, 'setup'));
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

function countryName(code: string, lang: string) {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
