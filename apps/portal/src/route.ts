import type { View } from './context.js';

/** What the address bar says: the screen, and the customer it is about (decisions/0038). */
export interface Route {
  view: View;
  orgId: string | undefined;
}

const VIEWS: readonly View[] = [
  'customers',
  'trial',
  'orders',
  'setup',
  'admins',
  'subscription',
  'onboarding',
  'settings',
  'about',
];
const isView = (value: string | null): value is View => VIEWS.includes(value as View);

/**
 * The route of `url`: `?screen=setup&customer=<orgId>`. Anything else (no query, an unknown screen)
 * is the customer list, so an old bookmark or a typo lands somewhere useful.
 */
export function routeFromUrl(url: URL): Route {
  const screen = url.searchParams.get('screen');
  const orgId = url.searchParams.get('customer') || undefined;
  return { view: isView(screen) ? screen : 'customers', orgId };
}

/**
 * The address of `route` beside `current`: the same page, its other query parameters and hash
 * kept, `screen` and `customer` set (the customer list, the start page, has no `screen`).
 */
export function urlOf(route: Route, current: URL): string {
  const url = new URL(current.href);
  if (route.view === 'customers') url.searchParams.delete('screen');
  else url.searchParams.set('screen', route.view);
  if (route.orgId) url.searchParams.set('customer', route.orgId);
  else url.searchParams.delete('customer');
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * The part of `window.history` and `location` the portal uses; injected so tests can play Back
 * and Forward without moving the test runner's own page.
 */
export interface RouteHistory {
  current(): URL;
  push(url: string): void;
  replace(url: string): void;
  /** Calls `listener` when the user goes Back or Forward. */
  onPop(listener: () => void): void;
}

export function browserHistory(): RouteHistory {
  return {
    current: () => new URL(location.href),
    push: (url) => history.pushState(null, '', url),
    replace: (url) => history.replaceState(null, '', url),
    onPop: (listener) => window.addEventListener('popstate', listener),
  };
}

/** A history in memory (tests): a list of entries and a position in it, as a browser keeps. */
export function memoryHistory(start = 'http://localhost:5173/') {
  const entries = [new URL(start)];
  let index = 0;
  const listeners: (() => void)[] = [];
  const go = (step: number) => {
    const next = index + step;
    if (next < 0 || next >= entries.length) return;
    index = next;
    for (const listener of listeners) listener();
  };
  const history: RouteHistory & { back(): void; forward(): void; readonly length: number } = {
    current: () => new URL((entries[index] as URL).href),
    push(url) {
      entries.splice(index + 1, entries.length, new URL(url, entries[index]));
      index = entries.length - 1;
    },
    replace(url) {
      entries[index] = new URL(url, entries[index]);
    },
    onPop: (listener) => void listeners.push(listener),
    back: () => go(-1),
    forward: () => go(1),
    get length() {
      return entries.length;
    },
  };
  return history;
}
