import { css } from 'lit';

/**
 * Colours come from custom properties so a portal can theme the badge without piercing the shadow root.
 * Light and dark defaults follow the user's colour scheme.
 */
export const statusBadgeStyles = css`
  :host {
    --_bg: var(--onramp-status-badge-background, #eef1f5);
    --_fg: var(--onramp-status-badge-color, #1f2937);
    display: inline-flex;
    vertical-align: middle;
    /* A long status (user text) wraps inside its container instead of pushing it wider. */
    max-inline-size: 100%;
  }
  :host([tone='info']) {
    --_bg: var(--onramp-status-info-background, #e0ecff);
    --_fg: var(--onramp-status-info-color, #1e3a8a);
  }
  :host([tone='success']) {
    --_bg: var(--onramp-status-success-background, #dcfce7);
    --_fg: var(--onramp-status-success-color, #14532d);
  }
  :host([tone='warning']) {
    --_bg: var(--onramp-status-warning-background, #fef3c7);
    --_fg: var(--onramp-status-warning-color, #713f12);
  }
  :host([tone='danger']) {
    --_bg: var(--onramp-status-danger-background, #fee2e2);
    --_fg: var(--onramp-status-danger-color, #7f1d1d);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_bg: var(--onramp-status-badge-background, #374151);
      --_fg: var(--onramp-status-badge-color, #f9fafb);
    }
  }
  [part='base'] {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    padding-block: 0.125em;
    padding-inline: 0.5em;
    border-radius: var(--onramp-radius-pill, 999px);
    background: var(--_bg);
    color: var(--_fg);
    font: var(--onramp-font-label, 500 0.8125rem/1.4 system-ui, sans-serif);
    max-inline-size: 100%;
    overflow-wrap: anywhere;
  }
  [part='dot'] {
    flex-shrink: 0;
    inline-size: 0.5em;
    block-size: 0.5em;
    border-radius: 50%;
    background: currentColor;
  }
`;
