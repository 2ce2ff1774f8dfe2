import { css } from 'lit';

/** The high-contrast preset's values (decision 0065), written once for its two selectors. */
const highContrast = css`
  --_accent: #ffe14d;
  --_on-accent: #000000;
  --_surface: #000000;
  --_surface-raised: #000000;
  --_text: #ffffff;
  --_text-muted: #e6e6e6;
  --_border: #ffffff;
  --_danger: #ff9e9e;
  --_success: #8cf5a6;
  --_warning: #ffc870;
  --_focus: #4de1ff;
  --_border-width: 2px;
  --_focus-width: 3px;
  --_elevation-1: none;
  --_elevation-2: none;
`;

/**
 * The design language every component reads (decision 0065). Public tokens (`--onramp-*`) are what a
 * portal sets, on `:root` or any ancestor (custom properties inherit through shadow roots); the
 * widgets README lists them with their defaults. Components use only the private `--_*` copies, so
 * a token left unset falls back to the built-in value of the theme: light and dark follow
 * `prefers-color-scheme` (and `prefers-contrast: more` selects the high-contrast preset) unless
 * `theme="light"`, `theme="dark"` or `theme="high-contrast"` is set.
 * Spacing is a scale of one unit times the density (decision 0066): `density="compact"` or
 * `--onramp-density` tightens every gap and padding at once.
 */
export const tokenStyles = css`
  :host {
    --_font: var(--onramp-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Hebrew', sans-serif);
    --_font-size: var(--onramp-font-size, 0.9375rem);
    --_text-s: var(--onramp-font-size-s, 0.875em);
    --_text-l: var(--onramp-font-size-l, 1.125em);
    --_text-xl: var(--onramp-font-size-xl, 1.375em);
    --_strong: var(--onramp-font-weight-strong, 600);
    --_leading: var(--onramp-line-height, 1.4);
    --_density: var(--onramp-density, 1);
    --_space: calc(var(--onramp-space, 0.5rem) * var(--_density));
    --_space-xs: calc(var(--_space) / 2);
    --_space-s: var(--_space);
    --_space-m: calc(var(--_space) * 2);
    --_space-l: calc(var(--_space) * 3);
    --_radius: var(--onramp-radius, 6px);
    --_radius-pill: var(--onramp-radius-pill, 999px);
    --_border-width: var(--onramp-border-width, 1px);
    --_focus-width: var(--onramp-focus-width, 2px);
    --_target: var(--onramp-target-size, 24px);
    --_field-code: var(--onramp-field-width-code, 8ch);
    --_field-postal: var(--onramp-field-width-postal, 12ch);
    --_field-quantity: var(--onramp-field-width-quantity, 8rem);
    --_field-choice: var(--onramp-field-width-choice, 18rem);
    --_field-text: var(--onramp-field-width-text, 30rem);
    --_duration: var(--onramp-duration, 0.3s);
    --_elevation-1: var(--onramp-elevation-1, 0 1px 3px rgb(0 0 0 / 0.12));
    --_elevation-2: var(--onramp-elevation-2, 0 2px 6px rgb(0 0 0 / 0.2));
    --_backdrop: var(--onramp-color-backdrop, rgb(0 0 0 / 0.4));
    --_accent: var(--onramp-color-accent, #0a5cb8);
    --_on-accent: var(--onramp-color-on-accent, #ffffff);
    --_surface: var(--onramp-color-surface, #ffffff);
    --_surface-raised: var(--onramp-color-surface-raised, #f5f7fa);
    --_text: var(--onramp-color-text, #1b2330);
    --_text-muted: var(--onramp-color-text-muted, #4a5565);
    --_border: var(--onramp-color-border, #c4cbd6);
    --_danger: var(--onramp-color-danger, #b3261e);
    --_success: var(--onramp-color-success, #1e7b34);
    --_warning: var(--onramp-color-warning, #8a5a00);
    --_focus: var(--onramp-color-focus, #0a5cb8);
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size);
  }
  :host([density='compact']) {
    --_density: var(--onramp-density-compact, 0.6);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_accent: var(--onramp-color-accent, #7cb4ff);
      --_on-accent: var(--onramp-color-on-accent, #0b1522);
      --_surface: var(--onramp-color-surface, #161b22);
      --_surface-raised: var(--onramp-color-surface-raised, #1f2630);
      --_text: var(--onramp-color-text, #e8edf3);
      --_text-muted: var(--onramp-color-text-muted, #aab4c0);
      --_border: var(--onramp-color-border, #48525e);
      --_danger: var(--onramp-color-danger, #ffb4ab);
      --_success: var(--onramp-color-success, #7fd99a);
      --_warning: var(--onramp-color-warning, #f3c26b);
      --_focus: var(--onramp-color-focus, #7cb4ff);
    }
  }
  :host([theme='dark']) {
    --_accent: var(--onramp-color-accent, #7cb4ff);
    --_on-accent: var(--onramp-color-on-accent, #0b1522);
    --_surface: var(--onramp-color-surface, #161b22);
    --_surface-raised: var(--onramp-color-surface-raised, #1f2630);
    --_text: var(--onramp-color-text, #e8edf3);
    --_text-muted: var(--onramp-color-text-muted, #aab4c0);
    --_border: var(--onramp-color-border, #48525e);
    --_danger: var(--onramp-color-danger, #ffb4ab);
    --_success: var(--onramp-color-success, #7fd99a);
    --_warning: var(--onramp-color-warning, #f3c26b);
    --_focus: var(--onramp-color-focus, #7cb4ff);
  }
  /* The high-contrast preset: white on black, thicker borders, no shadows (borders carry the depth).
     It ignores the colour tokens on purpose: a portal's brand colours are what it replaces. Chosen
     by theme="high-contrast", or by the user's prefers-contrast: more when the page set no
     theme on the element (decision 0070). */
  :host([theme='high-contrast']) {
    ${highContrast}
  }
  @media (prefers-contrast: more) {
    :host(:not([theme])) {
      ${highContrast}
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0s;
    }
  }
`;

/**
 * What every component needs: box sizing, the focus ring, hidden-but-announced text, reduced motion,
 * and forced colours (Windows contrast themes): there the browser replaces every colour with a
 * system one, so a state shown by a colour alone would vanish; borders, outlines and system colours
 * keep every control, its focus and its state visible.
 */
export const baseStyles = css`
  :host {
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: var(--_focus-width);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
  @media (forced-colors: active) {
    button,
    input,
    select,
    textarea,
    dialog {
      border: var(--_border-width) solid ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    :disabled {
      opacity: 1;
      color: GrayText;
      border-color: GrayText;
    }
    [aria-invalid='true'] {
      border-width: calc(var(--_border-width) * 3);
    }
    [aria-current] {
      outline: var(--_border-width) solid CanvasText;
    }
  }
`;
