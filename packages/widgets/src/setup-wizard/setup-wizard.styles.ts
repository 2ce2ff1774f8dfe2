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
  /* Review's summary: sections of label-over-value pairs, two columns once the wizard (not the
     viewport: it is embedded) is wide enough, one on a phone; the order spans both. */
  [part='base'] {
    container: wizard / inline-size;
  }
  [part='review'] {
    display: grid;
    gap: var(--_space-s);
    margin-block: var(--_space-m);
  }
  @container wizard (min-inline-size: 34rem) {
    [part='review'] {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    [part='review-section']:first-child {
      grid-column: 1 / -1;
    }
  }
  [part='review-section'] {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space-s);
    padding: var(--_space-s) var(--_space-m);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
  }
  [part='review-section'] dl {
    display: grid;
    gap: var(--_space-s);
    margin: 0;
    inline-size: 100%;
  }
  [part='review-row'] dt {
    color: var(--_text-muted);
    font-size: var(--_text-s);
  }
  [part='review-row'] dd {
    overflow-wrap: anywhere;
  }
  [part='review-section'] button {
    margin-block-start: auto;
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
  /* The provisioning stages: a marker per stage (ticked, a ring for the running one, a cross) joined
     by a line, and the state in words beside the name, so no state is told by colour alone. */
  [part='timeline'] {
    display: grid;
    gap: var(--_space-m);
    list-style: none;
    padding: 0;
    margin-block: var(--_space-m);
  }
  [part='timeline'] li {
    position: relative;
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: var(--_space-s);
  }
  [part='timeline'] li::before {
    content: '';
    grid-row: span 2;
    display: grid;
    place-items: center;
    box-sizing: border-box;
    inline-size: 1.5em;
    block-size: 1.5em;
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius-pill);
    background: var(--_surface);
  }
  [part='timeline'] li:not(:last-child)::after {
    content: '';
    position: absolute;
    inset-inline-start: calc(0.75em - var(--_border-width) / 2);
    inset-block: 1.5em calc(-1 * var(--_space-m));
    border-inline-start: var(--_border-width) solid var(--_border);
  }
  [part='timeline'] li.done::before {
    content: '✓';
    color: var(--_success);
    border-color: currentColor;
  }
  [part='timeline'] li.current::before {
    border: calc(var(--_border-width) * 4) solid var(--_accent);
  }
  [part='timeline'] li.current {
    font-weight: var(--_strong);
  }
  [part='timeline'] li.failed::before {
    content: '✕';
    color: var(--_danger);
    border-color: currentColor;
  }
  [part='timeline-state'] {
    color: var(--_text-muted);
    font-size: var(--_text-s);
    font-weight: normal;
  }
  [part='timeline'] li.failed [part='timeline-state'] {
    color: var(--_danger);
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
    [part='timeline'] li.current::before {
      border-color: Highlight;
    }
    [part='progress'] {
      border: var(--_border-width) solid CanvasText;
    }
    [part='progress-bar'] {
      forced-color-adjust: none;
      background: Highlight;
    }
  }
`;
