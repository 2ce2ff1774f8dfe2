import type { Token } from '@onramp/contract';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { type ClientContext, type OnrampClient, quickStartContext } from '../api/client.js';
import { OnrampElement } from './onramp-element.js';

/**
 * The base of every component that calls the API: the one place a component gets its client. The
 * host's `client` (an `OnrampClient` of `@onramp/sdk`) wins; without one, `base-url` + `token` make
 * one for a quick start, of only the resources the component calls (`Resources`, made by
 * `quickStart`), so an app bundles only those. Resolved before each update in which one of them
 * changed, as `sdk`.
 */
export abstract class OnrampApiElement<Resources extends keyof OnrampClient> extends OnrampElement {
  static override properties: PropertyDeclarations = {
    client: { attribute: false },
    baseUrl: { attribute: 'base-url' },
    token: {},
  };

  /** The SDK client (`createOnrampClient` of `@onramp/sdk`). Takes precedence over `base-url` + `token`. */
  client?: OnrampClient;
  /** The API's base URL, for a quick start without `client` (e.g. `http://localhost:4010/v1`). */
  baseUrl?: string;
  /**
   * With `base-url`: the bearer token (attribute or property), or as a property a function that
   * returns it, sync or async, asked before each request (the SDK's `token` option, same type).
   */
  token?: Token;

  /** The client the component calls through (`client`, or the one made from `base-url` + `token`). */
  protected sdk?: Pick<OnrampClient, Resources>;

  /** The quick start's client: the resources the component calls, made on the shared context. */
  protected abstract quickStart(ctx: ClientContext): Pick<OnrampClient, Resources>;

  override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (changed.has('client') || changed.has('baseUrl') || changed.has('token'))
      this.sdk =
        this.client ??
        (this.baseUrl && this.token
          ? this.quickStart(quickStartContext(this.baseUrl, this.token))
          : undefined);
  }
}
