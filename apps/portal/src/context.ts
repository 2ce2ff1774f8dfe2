import type { Me, Organization } from '@onramp/contract';
import type { OnrampClient } from '@onramp/sdk';
import type { Lang, Translate } from './i18n/index.js';
import type { PortalSettings } from './settings.js';

export type View =
  | 'customers'
  | 'trial'
  | 'orders'
  | 'setup'
  | 'admins'
  | 'subscription'
  | 'onboarding'
  | 'settings'
  | 'about';

/**
 * What a screen gets from the shell for one render. A screen renders into `into`, loads through
 * `client` and `track`, and drops late answers once `isCurrent()` is false (another screen, actor
 * or language took over).
 */
export interface ScreenContext {
  readonly client: OnrampClient;
  readonly settings: PortalSettings;
  readonly lang: Lang;
  readonly t: Translate;
  readonly me: Me | undefined;
  readonly selectedOrgId: string | undefined;
  /** The base URL the client talks to. */
  readonly baseUrl: string;
  /** The base URL of the mock in this page (the worker's), shown on the Settings screen. */
  readonly inPageBaseUrl: string;
  /** The fetch for calls outside the contract (the mock's control API). */
  readonly fetch: typeof fetch;
  /** How often the onboarding screen's panel polls a customer that moves on by itself (ms). */
  readonly watchPollMs: number;
  /** The last customer list loaded. */
  customers(): Organization[];
  /** Loads the customer list; resolves to a problem line if it failed. */
  loadCustomers(): Promise<string | undefined>;
  /** Registers a load so that `Portal.settled()` waits for it. */
  track<T>(promise: Promise<T>): Promise<T>;
  isCurrent(): boolean;
  /**
   * Selects a customer and re-renders: on `next` (the keyboard goes to its heading), or the current
   * screen, where `refocus` names the control that asked (by id): drawn anew, it gets the focus back.
   */
  select(orgId: string, next?: View, refocus?: string): void;
  /** Selects a customer without re-rendering the screen (after a screen created it). */
  remember(orgId: string): void;
  /** Shows another screen; the keyboard goes on at its heading. */
  show(view: View): void;
  /**
   * Says that the screen drew something once its data arrived: the control the render should focus
   * (see `select`'s `refocus`) may be there now.
   */
  drawn(): void;
  /** Re-renders the nav (after the customer list or the selection changed). */
  refreshNav(): void;
  /**
   * An element or session kept across re-renders (a language switch keeps a half-filled widget), built by
   * `create` the first time `key` is asked for; forgotten when the actor changes.
   */
  keep<T>(key: string, create: () => T): T;
  countryName(code: string): string;
  saveSettings(patch: Partial<PortalSettings>): void;
  onBackendChange(settings: PortalSettings): void;
}

export type Screen = (into: HTMLElement, context: ScreenContext) => void;
