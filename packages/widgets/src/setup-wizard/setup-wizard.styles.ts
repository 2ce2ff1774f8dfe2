import { css } from 'lit';

export const setupWizardStyles = css`
  :host {
    display: block;
    max-inline-size: var(--onramp-setup-wizard-max-width, 46rem);
  }
  /* A stepper: each step numbered in a circle, a done one ticked, the current one filled. */
  [part='steps'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-m);
    list-style: none;
    padding: 0;
    margin-block: 0 var(--_space-m);
    color: var(--_text-muted);
    font-size: var(--_text-s);
    counter-reset: step;
  }
  [part='steps'] li {
    display: flex;
    align-items: center;
    gap: var(--_space-xs);
    counter-increment: step;
  }
  [part='steps'] li::before {
    content: counter(step);
    display: inline-grid;
    place-items: center;
    inline-size: 1.75em;
    block-size: 1.75em;
    border: var(--_border-width) solid currentColor;
    border-radius: var(--_radius-pill);
    font-variant-numeric: tabular-nums;
  }
  [part='steps'] li.done::before {
    content: '✓';
    color: var(--_success);
  }
  [part='steps'] li[aria-current='step'] {
    color: var(--_text);
    font-weight: var(--_strong);
  }
  [part='steps'] li[aria-current='step']::before {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  label,
  legend {
    display: block;
    font-weight: var(--_strong);
    margin-block-end: var(--_space-xs);
  }
  [part~='choice'] {
    font-weight: normal;
    display: block;
    padding-block: var(--_space-xs);
  }
  [part='fieldset'] {
    border: 0;
    padding: 0;
    margin: 0;
  }
  select {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-xs) var(--_space-s);
    min-inline-size: var(--_field-choice);
    max-inline-size: 100%;
  }
  /* Label, value and "Go back and edit" on one line where they fit; on a phone the value and the
     button wrap below the label instead of widening the page. */
  [part='review-row'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-m);
    padding-block: var(--_space-xs);
    border-block-end: var(--_border-width) solid var(--_border);
  }
  [part='review-row'] dt {
    flex: 0 1 12rem;
  }
  [part='review-row'] dd {
    flex: 1 1 14rem;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  [part='review-row'] dd.edit {
    flex: 0 0 auto;
  }
  dd {
    margin: 0;
  }
  [part='progress'] {
    block-size: var(--_space-s);
    background: var(--_surface-raised);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  [part='progress-bar'] {
    block-size: 100%;
    background: var(--_accent);
    transition: inline-size var(--_duration) ease;
  }
  dialog {
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    max-inline-size: 32rem;
    padding: var(--_space-l);
  }
  dialog::backdrop {
    background: var(--_backdrop);
  }
  @media (forced-colors: active) {
    [part='progress'] {
      border: var(--_border-width) solid CanvasText;
    }
    [part='progress-bar'] {
      forced-color-adjust: none;
      background: Highlight;
    }
  }
`;
