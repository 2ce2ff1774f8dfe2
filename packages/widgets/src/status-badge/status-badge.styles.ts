import { css } from 'lit';

/**
 * A tone is a tint of its design-language colour (`--_success`, …) over the surface, with the text
 * in the normal text colour: readable in every theme without a colour table per theme. Each tone's
 * background and text can still be set through its own custom properties.
 */
export const statusBadgeStyles = css`
  :host {
    --_tone: var(--_text-muted);
    --_bg: var(--onramp-status-badge-background, var(--_surface-raised));
    --_fg: var(--onramp-status-badge-color, var(--_text));
    display: inline-flex;
    vertical-align: middle;
    /* A long status (user text) wraps inside its container instead of pushing it wider. */
    max-inline-size: 100%;
  }
  :host([tone='info']) {
    --_tone: var(--_accent);
    --_bg: var(--onramp-status-info-background, color-mix(in srgb, var(--_tone) 14%, var(--_surface)));
    --_fg: var(--onramp-status-info-color, var(--_text));
  }
  :host([tone='success']) {
    --_tone: var(--_success);
    --_bg: var(--onramp-status-success-background, color-mix(in srgb, var(--_tone) 14%, var(--_surface)));
    --_fg: var(--onramp-status-success-color, var(--_text));
  }
  :host([tone='warning']) {
    --_tone: var(--_warning);
    --_bg: var(--onramp-status-warning-background, color-mix(in srgb, var(--_tone) 14%, var(--_surface)));
    --_fg: var(--onramp-status-warning-color, var(--_text));
  }
  :host([tone='danger']) {
    --_tone: var(--_danger);
    --_bg: var(--onramp-status-danger-background, color-mix(in srgb, var(--_tone) 14%, var(--_surface)));
    --_fg: var(--onramp-status-danger-color, var(--_text));
  }
  [part='base'] {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    padding-block: 0;
    padding-inline: var(--_space-s);
    border: var(--_border-width) solid var(--_tone);
    border-radius: var(--_radius-pill);
    background: var(--_bg);
    color: var(--_fg);
    font-size: var(--_text-s);
    line-height: var(--_leading);
    max-inline-size: 100%;
    overflow-wrap: anywhere;
  }
  [part='dot'] {
    flex-shrink: 0;
    inline-size: var(--_space-s);
    block-size: var(--_space-s);
    border-radius: var(--_radius-pill);
    background: var(--_tone);
  }
  @media (forced-colors: active) {
    [part='dot'] {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
`;
