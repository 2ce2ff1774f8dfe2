import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { baseStyles, tokenStyles } from '../styles/tokens.js';

/**
 * The base of every Onramp component: design tokens and base styles, language and direction
 * (`localize`), a colour scheme (`theme`), and a typed `emit`. Subclasses render their root with
 * `dir=${this.localize.dir}` so right-to-left languages mirror the layout inside the shadow root.
 */
export class OnrampElement extends LitElement {
  static override styles = [tokenStyles, baseStyles];

  /** `light`, `dark`, or unset to follow the user's `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  protected readonly localize = new LocalizeController(this);

  /** Dispatches a typed event (composed and bubbling, as the event classes define) and returns it. */
  protected emit<E extends Event>(event: E): E {
    this.dispatchEvent(event);
    return event;
  }
}
