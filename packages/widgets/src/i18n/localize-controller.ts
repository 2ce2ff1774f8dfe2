import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { type Catalogue, loadCatalogue, loadedCatalogue } from './catalogue.js';
import { commonCatalogue } from './catalogues/common.js';
import { directionOf, matchLocale } from './registry.js';
import type { Message, MessageKey, MessageParams, SupportedLocale } from './types.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * User text isolated in plain text (FSI … PDI), for where no `<bdi>` can go: an attribute, an option,
 * or a one-line ellipsised label whose box must hold all of its text (decision 0036).
 */
export const isolateText = (text: string) => `\u2068${text}\u2069`;

/** A message whose user-text parameters sit in `<bdi>` elements (see `tx`): what a Lit template renders. */
export type IsolatedText = (string | TemplateResult)[];

const hosts = new Set<LocalizeController>();

const noCatalogues: readonly Catalogue[] = [];
type Merged = Readonly<Record<string, Message>>;
/** The merged messages of one list of catalogues (a component class's), per locale: built once. */
const merged = new WeakMap<readonly Catalogue[], Map<SupportedLocale, Merged>>();

/** Each class's list with the common catalogue first: one array per list, so the cache above is shared. */
const withCommon = new WeakMap<readonly Catalogue[], readonly Catalogue[]>();
function andCommon(catalogues: readonly Catalogue[]): readonly Catalogue[] {
  if (catalogues.includes(commonCatalogue)) return catalogues;
  let list = withCommon.get(catalogues);
  if (!list) {
    list = [commonCatalogue, ...catalogues];
    withCommon.set(catalogues, list);
  }
  return list;
}

/** The messages of every catalogue in `locale` if all are loaded (one object, cached), else undefined. */
function mergedMessages(catalogues: readonly Catalogue[], locale: SupportedLocale): Merged | undefined {
  let byLocale = merged.get(catalogues);
  if (!byLocale) {
    byLocale = new Map();
    merged.set(catalogues, byLocale);
  }
  const ready = byLocale.get(locale);
  if (ready) return ready;
  const parts = catalogues.map((catalogue) => loadedCatalogue(catalogue, locale));
  if (parts.some((part) => part === undefined)) return undefined;
  const messages: Merged = Object.assign({}, ...parts);
  byLocale.set(locale, messages);
  return messages;
}
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
 *
 * The messages are those of the common catalogue and of the `catalogues` given (decisions/0011): a
 * widget entry ships only the English of the areas its component uses, and loads only their
 * translations. A key of another area is a programming error, reported as such (see `t`).
 */
export class LocalizeController implements ReactiveController {
  locale: SupportedLocale = 'en';
  dir: 'ltr' | 'rtl' = 'ltr';
  private readonly catalogues: readonly Catalogue[];
  private messages: Merged;
  private hostObserver?: MutationObserver;

  constructor(
    private readonly host: Host,
    catalogues: readonly Catalogue[] = noCatalogues,
  ) {
    this.catalogues = andCommon(catalogues);
    this.messages = mergedMessages(this.catalogues, 'en') as Merged;
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
    const messages = mergedMessages(this.catalogues, locale);
    if (messages) return this.apply(locale, dir, messages);
    void Promise.all(this.catalogues.map((catalogue) => loadCatalogue(catalogue, locale))).then(
      () => {
        const loaded = mergedMessages(this.catalogues, locale) as Merged;
        // Apply only if the page still asks for this locale once the chunk arrives.
        if (
          matchLocale(
            (this.host.closest('[lang]') as HTMLElement | null)?.lang || document.documentElement.lang,
          ) === locale
        ) {
          this.apply(locale, dir, loaded);
        }
      },
      () =>
        undefined /* a chunk that failed to load: the previous language stays; the next refresh asks again */,
    );
  }

  private apply(locale: SupportedLocale, dir: 'ltr' | 'rtl', messages: Merged) {
    if (locale === this.locale && dir === this.dir && messages === this.messages) return;
    Object.assign(this, { locale, dir, messages });
    this.host.requestUpdate();
  }

  /** The message `key` in the current language, with its parameters. */
  t<K extends MessageKey>(
    key: K,
    ...params: MessageParams<K> extends never ? [] : [MessageParams<K>]
  ): string {
    const message = this.messages[key] as string | ((p: unknown) => string) | undefined;
    if (message === undefined)
      // Only a component that uses a key of an area missing from its `static catalogues` gets here
      // (the catalogue-coverage test checks every component's source for this).
      throw new Error(
        `<${this.host.localName}>: message "${key}" is in none of its catalogues (${this.catalogues.map((c) => c.area).join(', ')})`,
      );
    return typeof message === 'function' ? message(params[0]) : message;
  }

  /**
   * The message `key` with each string parameter (a name, an e-mail: user text) in its own `<bdi>`
   * (STYLE 19, decision 0036): a name holding U+202E or Hebrew cannot reorder the sentence around
   * it. Number parameters (plurals) pass as they are. For a text node, not an attribute.
   */
  tx<K extends MessageKey>(
    key: K,
    ...params: MessageParams<K> extends never ? [] : [MessageParams<K>]
  ): IsolatedText {
    const values = params[0] as Record<string, unknown> | undefined;
    if (!values) return [this.t(key, ...params)];
    const marked = Object.fromEntries(
      Object.entries(values).map(([name, value]) => [
        name,
        typeof value === 'string' ? `\u0000${name}\u0000` : value,
      ]),
    );
    const text = (this.t as (key: K, params: unknown) => string)(key, marked);
    return text
      .split('\u0000')
      .map((part, index) => (index % 2 === 1 && part in values ? html`<bdi>${values[part]}</bdi>` : part));
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

  /**
   * The zone's UTC offset at `at` ("+11:00", "-03:30", "+00:00"), from the same rules as its name,
   * so a zone in daylight-saving time shows its summer offset beside its summer name.
   */
  formatUtcOffset(timeZone: string, at: Date = new Date()) {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(
      at,
    );
    const offset = parts.find((part) => part.type === 'timeZoneName')?.value.replace(/^GMT/, '') ?? '';
    return offset || '+00:00';
  }

  formatList(items: string[], type: Intl.ListFormatType = 'conjunction') {
    return new Intl.ListFormat(this.locale, { type }).format(items);
  }
}
