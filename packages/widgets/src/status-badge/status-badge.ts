import { html, LitElement, type PropertyDeclarations } from 'lit';
import type { Theme } from '../base/onramp-element.js';
import { tokenStyles } from '../styles/tokens.js';
import { statusBadgeStyles } from './status-badge.styles.js';

export const statusTones = ['neutral', 'info', 'success', 'warning', 'danger'] as const;
export type StatusTone = (typeof statusTones)[number];

/**
 * @summary A short status label (e.g. a customer's lifecycle state) with a tone conveyed by colour
 * and by text, never by colour alone.
 *
 * @slot - The status text.
 * @csspart base - The pill.
 * @csspart dot - The coloured dot before the text (decorative).
 * @cssproperty --onramp-status-badge-background - Background of the neutral tone (the other tones tint their design-language colour over the surface).
 * @cssproperty --onramp-status-badge-color - Text colour of the neutral tone.
 * @cssproperty --onramp-status-info-background - Background of the info tone (likewise success, warning, danger).
 * @cssproperty --onramp-status-info-color - Text colour of the info tone (likewise success, warning, danger).
 */
export class OnrampStatusBadge extends LitElement {
  static override styles = [tokenStyles, statusBadgeStyles];

  static override properties: PropertyDeclarations = {
    tone: { reflect: true },
    theme: { reflect: true },
  };

  /** `light`, `dark`, `high-contrast`, or unset to follow the user's `prefers-color-scheme`. */
  theme?: Theme;

  /** The tone; reflected so that themes can style it. Unknown values fall back to `neutral`. */
  tone: StatusTone = 'neutral';

  override willUpdate() {
    if (!statusTones.includes(this.tone)) this.tone = 'neutral';
  }

  override render() {
    return html`<span part="base"><span part="dot" aria-hidden="true"></span><slot></slot></span>`;
  }
}
