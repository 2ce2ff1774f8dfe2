import type { ReactiveController, ReactiveControllerHost } from 'lit';
import en from './locales/en/index.js';
import { directionOf, loadedMessages, loadMessages, matchLocale } from './registry.js';
import type { MessageKey, MessageParams, Messages, SupportedLocale } from './types.js';

type Host = ReactiveControllerHost & HTMLElement;

const hosts = new Set<LocalizeController>();
let documentObserver: MutationObserver | undefined;

/** One observer for the whole page: a change of `<html lang|dir>` re-renders every component. */
function observeDocument() {
  if (documentObserver || typeof document === 'undefined') return;
  documentObserver = new MutationObserver(() => {
    for (const controller of hosts) controller.refresh();
  });
  documentObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'] });
}

/**
 * Gives a component its language and direction, from (in order) its own `lang`/`dir`, the nearest
 * ancestor's, or the document's; re-renders it when they change (own attributes and `<html>` are
 * observed; after changing another ancestor call `refresh()`). Messages of a locale other than
 * English load lazily; until they arrive the previous language stays on screen, never raw keys.
 */
export class LocalizeController implements ReactiveController {
  locale: SupportedLocale = 'en';
  dir: 'ltr' | 'rtl' = 'ltr';
  private messages: Messages = en;
  private hostObserver?: MutationObserver;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected() {
    hosts.add(this);
    observeDocument();
    this.hostObserver ??= new MutationObserver(() => this.refresh());
    this.hostObserver.observe(this.host, { attributes: true, attributeFilter: ['lang', 'dir'] });
    this.refresh();
  }

  hostDisconnected() {
    hosts.delete(this);
    this.hostObserver?.disconnect();
  }

  /** Re-reads language and direction; call after changing an ancestor other than `<html>`. */
  refresh() {
    const langSource = this.host.closest('[lang]') as HTMLElement | null;
    const locale = matchLocale(langSource?.lang || document.documentElement.lang);
    const dirSource = this.host.closest('[dir]') as HTMLElement | null;
    const explicitDir = dirSource?.dir === 'rtl' || dirSource?.dir === 'ltr' ? dirSource.dir : undefined;
    const dir = explicitDir ?? directionOf(locale);
    const messages = loadedMessages(locale);
    if (messages) return this.apply(locale, dir, messages);
    void loadMessages(locale).then((loaded) => {
      // Apply only if the page still asks for this locale once the chunk arrives.
      if (
        matchLocale(
          (this.host.closest('[lang]') as HTMLElement | null)?.lang || document.documentElement.lang,
        ) === locale
      ) {
        this.apply(locale, dir, loaded);
      }
    });
  }

  private apply(locale: SupportedLocale, dir: 'ltr' | 'rtl', messages: Messages) {
    if (locale === this.locale && dir === this.dir && messages === this.messages) return;
    Object.assign(this, { locale, dir, messages });
    this.host.requestUpdate();
  }

  /** The message `key` in the current language, with its parameters. */
  t<K extends MessageKey>(
    key: K,
    ...params: MessageParams<K> extends never ? [] : [MessageParams<K>]
  ): string {
    const message = this.messages[key] as string | ((p: unknown) => string);
    return typeof message === 'function' ? message(params[0]) : message;
  }

  formatNumber(value: number, options?: Intl.NumberFormatOptions) {
    return new Intl.NumberFormat(this.locale, options).format(value);
  }

  formatDate(value: Date | string | number, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }) {
    return new Intl.DateTimeFormat(this.locale, options).format(new Date(value));
  }

  /** A time zone's long localized name, e.g. "Central European Standard Time". */
  formatTimeZone(timeZone: string, at: Date = new Date()) {
    const parts = new Intl.DateTimeFormat(this.locale, { timeZone, timeZoneName: 'long' }).formatToParts(at);
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  }

  formatList(items: string[], type: Intl.ListFormatType = 'conjunction') {
    return new Intl.ListFormat(this.locale, { type }).format(items);
  }
}
