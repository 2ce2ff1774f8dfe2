import { LitElement, type PropertyDeclarations } from 'lit';
import type { Catalogue } from '../i18n/catalogue.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { baseStyles, tokenStyles } from '../styles/tokens.js';

/** The colour schemes a component can be forced into (`theme`). */
export type Theme = 'light' | 'dark' | 'high-contrast';
/** The spacing densities (`density`). */
export type Density = 'comfortable' | 'compact';

/**
 * The base of every Onramp component: design tokens and base styles, language and direction
 * (`localize`), a colour scheme (`theme`), a spacing density (`density`), and a typed `emit`.
 * Subclasses render their root with `dir=${this.localize.dir}` so right-to-left languages mirror the
 * layout inside the shadow root.
 */
export class OnrampElement extends LitElement {
  static override styles = [tokenStyles, baseStyles];

  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    density: { reflect: true },
  };

  /**
   * `light`, `dark`, `high-contrast` (white on black, thicker borders), or unset to follow the
   * user's `prefers-color-scheme`.
   */
  theme?: Theme;

  /** `compact` tightens every gap and padding (decision 0066); unset or `comfortable` is the default. */
  density?: Density;

  /**
   * The message areas the component uses besides the common one (decisions/0011): only their
   * English ships in the component's entry, and only their translations load.
   */
  static catalogues: readonly Catalogue[] = [];

  protected readonly localize = new LocalizeController(
    this,
    (this.constructor as typeof OnrampElement).catalogues,
  );

  /** Dispatches a typed event (composed and bubbling, as the event classes define) and returns it. */
  protected emit<E extends Event>(event: E): E {
    this.dispatchEvent(event);
    return event;
  }
}
