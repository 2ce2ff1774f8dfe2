import { css } from 'lit';

/**
 * The design tokens every component reads. Public tokens (`--onramp-*`) are what a portal sets to
 * theme the kit, on `:root` or any ancestor (custom properties inherit through shadow roots).
 * Components only use the private `--_*` copies, so a token left unset falls back to the built-in
 * light or dark value. `theme="dark"` / `theme="light"` on a component forces a scheme; by default it
 * follows `prefers-color-scheme`.
 */
export const tokenStyles = css`
  :host {
    --_font: var(--onramp-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Hebrew', sans-serif);
    --_font-size: var(--onramp-font-size, 0.9375rem);
    --_radius: var(--onramp-radius, 6px);
    --_space: var(--onramp-space, 0.5rem);
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
`;

/** What every component needs: box sizing, the focus ring, hidden-but-announced text, reduced motion. */
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
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
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
`;
